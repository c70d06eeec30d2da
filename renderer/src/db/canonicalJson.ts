/** The audit chain and the backup manifest hash canonical JSON; its one definition is shared with the workflow's diffs. */
export { canonicalJson } from '../../../shared/model/canonicalJson';
