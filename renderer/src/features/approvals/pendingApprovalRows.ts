import type { Actor, CaseFile } from '../../../../shared/model';
import { approvalOptions, type ApprovalOption } from '../../../../shared/workflow';
import { personDisplayName } from '../../ui/format/personName';

export interface PendingApprovalRow {
  /** The case as read: the card compares the proposal's conditions with it and previews the approval on it. */
  caseFile: CaseFile;
  caseId: string;
  caseVersion: number;
  reference: string;
  personName: string;
  option: ApprovalOption;
}

/** Every proposal awaiting a supervisor, oldest first, with what this actor may do about it (shared/workflow). */
export function pendingApprovalRows(caseFiles: readonly CaseFile[], actor: Actor, now: Date): PendingApprovalRow[] {
  return caseFiles
    .flatMap((caseFile) => {
      const primary = caseFile.identities.find((identity) => identity.primary) ?? caseFile.identities[0];
      return approvalOptions(caseFile, actor, now).map((option) => ({
        caseFile,
        caseId: caseFile.id,
        caseVersion: caseFile.version,
        reference: caseFile.reference,
        personName: primary ? personDisplayName(primary) : '',
        option,
      }));
    })
    .sort((a, b) => a.option.approval.proposedAt.localeCompare(b.option.approval.proposedAt));
}
