import type { Actor } from '../../../shared/model/actor';
import type { CaseFile } from '../../../shared/model/caseFile';
import type { CaseActionPermission } from '../../../shared/model/permissions';
import type { CaseOpening, NewCase } from '../../../shared/workflow/actions/openCase';
import type { ActionResult } from '../../../shared/workflow/types';

/**
 * What the case repository needs from shared/workflow. Kept as a narrow port so that the
 * repository can be tested with a stub action, and so that a change of the workflow's
 * registry shape is absorbed in one mapping (workflowAdapter.ts).
 */
export interface WorkflowPort {
  perform(actionId: string, caseFile: CaseFile, actor: Actor, now: Date, input: unknown): ActionResult;
  /**
   * When the action decides (approves or rejects) a pending four-eyes approval: the
   * approval's id, so the repository can check the decider is a supervisor and not the
   * proposer. Undefined for ordinary actions.
   */
  decidedApprovalId(actionId: string, input: unknown): string | undefined;
  /** What the action needs the actor to be allowed (the shared role table); undefined for an unknown action. */
  permissionOf(actionId: string): CaseActionPermission | undefined;
  /** Opens a new case (the workflow's creation action) with the reference and office the store allocated. */
  openCase(newCase: NewCase, opening: CaseOpening, actor: Actor, now: Date): ActionResult;
}
