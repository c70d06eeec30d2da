import { create } from 'zustand';
import type { Workspace } from '../../db/workspace';
import type { AuditVerification } from '../../store/auditVerification';
import { verifyWorkspaceAudit } from '../../store/auditVerification';

export interface AuditStatus {
  verification?: AuditVerification;
  checkedAt?: Date;
  running: boolean;
  /** The verification itself could not run (not: the trail is broken). */
  failed: boolean;
}

interface AuditStatusState {
  byWorkspace: Partial<Record<Workspace, AuditStatus>>;
  /** `background`: the start-up verification, which pauses while an export reads the store (db/foregroundReads.ts). */
  verify: (workspace: Workspace, options?: { background?: boolean }) => Promise<void>;
}

/**
 * The last verification of each workspace's audit trail in this window: run in the
 * background at start (AuditWatch) and on demand (audit screen); the warning bar reads it.
 */
export const useAuditStatus = create<AuditStatusState>()((set, get) => ({
  byWorkspace: {},
  verify: async (workspace, options = {}) => {
    if (get().byWorkspace[workspace]?.running) return;
    const update = (status: Partial<AuditStatus>) =>
      set((state) => ({
        byWorkspace: { ...state.byWorkspace, [workspace]: { running: false, failed: false, ...state.byWorkspace[workspace], ...status } },
      }));
    update({ running: true, failed: false });
    try {
      const verification = await verifyWorkspaceAudit(workspace, options);
      update({ verification, checkedAt: new Date(), running: false });
    } catch {
      update({ running: false, failed: true, checkedAt: new Date() });
    }
  },
}));

/** True when the last verification of this workspace found the trail broken. */
export function isBroken(status: AuditStatus | undefined): boolean {
  return status?.verification?.report.ok === false;
}
