import { unwrapIpcResult, type AuditAnchorCheckpoint, type HostApi } from '../../../shared/ipc';
import { getHostApi, runsInElectron } from './host';

/** The audit anchor's copy outside the browser profile, as the store uses it (renderer/src/db/auditAnchor.ts). */
export interface AuditAnchorFile {
  write(database: string, checkpoint: AuditAnchorCheckpoint | undefined, mode: 'advance' | 'replace'): Promise<void>;
  read(database: string): Promise<AuditAnchorCheckpoint | undefined>;
}

/**
 * In Electron: the anchor file in the user-data folder sealed with safeStorage, through the
 * `audit:anchor-*` channels. In browser mode there is none (undefined): the anchor stays in
 * its separate IndexedDB database and in the backups.
 */
export function auditAnchorFile(host: HostApi | undefined = runsInElectron() ? getHostApi() : undefined): AuditAnchorFile | undefined {
  if (!host) return undefined;
  return {
    async write(database, checkpoint, mode) {
      unwrapIpcResult(await host.sealAuditAnchor({ database, checkpoint: checkpoint ?? null, mode }));
    },
    async read(database) {
      const result = unwrapIpcResult(await host.readAuditAnchor({ database }));
      return result.status === 'found' ? result.checkpoint : undefined;
    },
  };
}
