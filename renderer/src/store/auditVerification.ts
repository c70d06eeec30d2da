import type { AuditTrailReport } from '../db/auditTrail';
import { verifyAuditTrail, type VerifyAuditTrailOptions } from '../db/auditTrail';
import type { Workspace } from '../db/workspace';
import { workspaceStore } from './workspaceStore';

/** What the audit screen and the warning bar show: the report, and the reference of the case a break concerns. */
export interface AuditVerification {
  report: AuditTrailReport;
  /** The case's reference (for the message and the link), when the break names a case that still exists. */
  caseReference?: string;
}

/** Verifies the whole audit trail of a workspace's database (auditTrail.ts) and names the case a break concerns. */
export async function verifyWorkspaceAudit(workspace: Workspace, options: VerifyAuditTrailOptions = {}): Promise<AuditVerification> {
  const { db } = workspaceStore(workspace);
  const report = await verifyAuditTrail(db, options);
  if (report.ok || !report.caseId) return { report };
  const row = await db.cases.get(report.caseId);
  return row ? { report, caseReference: row.caseFile.reference } : { report };
}
