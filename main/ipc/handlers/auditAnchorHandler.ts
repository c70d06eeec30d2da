import { join } from 'node:path';
import { AuditAnchorCheckpointSchema, type AuditAnchorCheckpoint } from '../../../shared/ipc';
import type { IpcHandler } from '../registerIpcHandler';

/** The part of Electron's safeStorage used here, so the logic is tested with a real folder where Electron cannot run. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(sealed: Buffer): string;
}

export interface AuditAnchorFileDependencies {
  readonly safeStorage: SafeStorageLike;
  /** The folder of the anchor files: `<userData>/audit-anchors`. */
  readonly directory: () => string;
  readonly readFile: (path: string) => Promise<Buffer>;
  readonly writeFile: (path: string, content: Buffer) => Promise<void>;
  readonly rename: (from: string, to: string) => Promise<void>;
  readonly remove: (path: string) => Promise<void>;
  readonly makeDirectory: (path: string) => Promise<void>;
}

type ReadOutcome = { kind: 'found'; checkpoint: AuditAnchorCheckpoint } | { kind: 'none' } | { kind: 'unreadable' };

function isMissingFile(error: unknown): boolean {
  return typeof error === 'object' && error !== null && Reflect.get(error, 'code') === 'ENOENT';
}

/**
 * The audit anchor outside the browser profile: one file per workspace database in the
 * user-data folder, its content sealed with safeStorage (the operating system's key: DPAPI,
 * Keychain, libsecret), so it can be neither read nor forged from the file alone, and a copy
 * of the profile put back does not bring an older anchor with it. Writes of one database
 * are serialised and atomic (temporary file, then rename), so a crash leaves the previous
 * anchor or the new one, never half of one.
 */
export function createAuditAnchorFile(dependencies: AuditAnchorFileDependencies) {
  const queues = new Map<string, Promise<unknown>>();
  const fileOf = (database: string) => join(dependencies.directory(), `${database}.anchor`);

  function serialised<T>(database: string, task: () => Promise<T>): Promise<T> {
    const next = (queues.get(database) ?? Promise.resolve()).then(task, task);
    queues.set(
      database,
      next.catch(() => undefined),
    );
    return next;
  }

  async function readSealed(database: string): Promise<ReadOutcome> {
    let sealed: Buffer;
    try {
      sealed = await dependencies.readFile(fileOf(database));
    } catch (error) {
      if (isMissingFile(error)) return { kind: 'none' };
      throw error;
    }
    try {
      const parsed = AuditAnchorCheckpointSchema.safeParse(JSON.parse(dependencies.safeStorage.decryptString(sealed)));
      return parsed.success ? { kind: 'found', checkpoint: parsed.data } : { kind: 'unreadable' };
    } catch {
      return { kind: 'unreadable' };
    }
  }

  const seal: IpcHandler<'audit:anchor-seal'> = (request) =>
    serialised(request.database, async () => {
      if (!dependencies.safeStorage.isEncryptionAvailable()) return { status: 'unavailable' as const };
      const path = fileOf(request.database);
      if (request.checkpoint === null) {
        await dependencies.remove(path).catch((error: unknown) => {
          if (!isMissingFile(error)) throw error;
        });
        return { status: 'sealed' as const };
      }
      if (request.mode === 'advance') {
        const current = await readSealed(request.database);
        // Never back under the same key: a slower window must not undo a newer anchor.
        if (current.kind === 'found' && current.checkpoint.keyId === request.checkpoint.keyId && current.checkpoint.sequence > request.checkpoint.sequence) {
          return { status: 'kept' as const };
        }
      }
      await dependencies.makeDirectory(dependencies.directory());
      const temporary = `${path}.${process.pid}.tmp`;
      await dependencies.writeFile(temporary, dependencies.safeStorage.encryptString(JSON.stringify(request.checkpoint)));
      await dependencies.rename(temporary, path);
      return { status: 'sealed' as const };
    });

  const read: IpcHandler<'audit:anchor-read'> = async (request) => {
    if (!dependencies.safeStorage.isEncryptionAvailable()) return { status: 'unavailable' as const };
    const outcome = await serialised(request.database, () => readSealed(request.database));
    if (outcome.kind === 'found') return { status: 'found' as const, checkpoint: outcome.checkpoint };
    return { status: outcome.kind };
  };

  return { seal, read };
}
