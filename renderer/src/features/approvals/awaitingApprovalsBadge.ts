import type { Role } from '../../../../shared/model/actor';
import { roleMay, type Workspace } from '../../../../shared/model/permissions';
import { approvePendingAction } from '../../../../shared/workflow/approvals';

/** Whoever may decide four-eyes proposals here: the role table's answer for the approval action (supervisors; trainers in training). */
export function decidesApprovals(role: Role, workspace: Workspace): boolean {
  return roleMay(role, approvePendingAction.permission, workspace);
}

/** Translates a key with its count, as i18next's `t` does. */
export type CountTranslator = (key: 'nav.approvalsAwaiting', options: { count: number }) => string;

export interface AwaitingApprovalsBadge {
  /** The number the badge shows. */
  count: number;
  /** The navigation link's accessible name with the count: "Approvals, 3 awaiting". */
  accessibleName: string;
}

/** The badge of Approvals in the navigation, or none while the count is unknown or nothing awaits a decision. */
export function awaitingApprovalsBadge(count: number | undefined, t: CountTranslator): AwaitingApprovalsBadge | undefined {
  if (count === undefined || !Number.isInteger(count) || count <= 0) return undefined;
  return { count, accessibleName: t('nav.approvalsAwaiting', { count }) };
}
