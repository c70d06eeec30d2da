/**
 * Test-only script, bundled by exportAttemptScript.ts and injected into the app's page: the
 * signed-in account calls the store's export API directly, as a page script could, past
 * any missing button. Resolves with what the store answered to each call.
 */
import { openWorkspaceStore } from '../../../renderer/src/db/workspaces';
import { signedInActor } from './signedInActor';

export interface ExportAttempt {
  /** `streamCases` with the export permission (what the export worker reads with). */
  read: string;
  /** `recordCaseExport` (what every saved export is written to the audit trail with). */
  record: string;
}

function outcome(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function attemptExport(): Promise<ExportAttempt> {
  const store = openWorkspaceStore('production', {});
  try {
    const actor = await signedInActor(store);
    if (!actor) throw new Error('Nobody is signed in');
    const read = await store.cases.streamCases(actor, { permission: 'case.export' }, () => undefined).then((rows) => `read ${rows} case(s)`, outcome);
    const record = await store.cases
      .recordCaseExport(actor, {
        format: 'csv',
        fileName: 'attempt.csv',
        filter: null,
        columns: ['reference'],
        rowCount: 0,
        sha256: '0'.repeat(64),
        pseudonymised: false,
      })
      .then(() => 'recorded', outcome);
    return { read, record };
  } finally {
    store.close();
  }
}

Object.assign(window, { ercmsE2eAttemptExport: attemptExport });
