import { Dexie, type Table } from 'dexie';
import { z } from 'zod';
import { canonicalJson } from './canonicalJson';
import type { AuditChainHead } from './auditEventRecord';
import { hmacHex } from './auditKey';
import type { ErcmsDatabase } from './database';

/**
 * The audit trail's anchor: the last head this window wrote, with an HMAC under the
 * workspace audit key, kept in an IndexedDB database of its own (`<name>-anchor`). It lives
 * outside the workspace database so that putting back an older copy of that database, or
 * rewriting its audit table and head, leaves an anchor the trail no longer reaches. Without
 * the key nobody can write an anchor that verifies. It is written after each write made
 * with the key unlocked, and copied into each backup's manifest.
 */
export const AuditCheckpointSchema = z.object({
  sequence: z.int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  keyId: z.string().min(1).max(100),
  at: z.string().min(1).max(40),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditCheckpoint = z.infer<typeof AuditCheckpointSchema>;

interface AnchorRow {
  id: string;
  checkpoint: AuditCheckpoint;
}

class AnchorDatabase extends Dexie {
  anchors!: Table<AnchorRow, string>;

  constructor(db: ErcmsDatabase) {
    super(`${db.name}-anchor`, db.storage);
    this.version(1).stores({ anchors: 'id' });
  }
}

const anchorDatabases = new WeakMap<ErcmsDatabase, AnchorDatabase>();
const ANCHOR_ID = 'audit';

function anchorDatabase(db: ErcmsDatabase): AnchorDatabase {
  let anchor = anchorDatabases.get(db);
  if (!anchor) {
    anchor = new AnchorDatabase(db);
    anchorDatabases.set(db, anchor);
  }
  return anchor;
}

/**
 * The anchor's copy outside the browser profile, set at start: in Electron a file in the
 * user-data folder sealed with safeStorage (host/auditAnchorFile.ts), which a copy of the
 * whole profile put back does not roll back; none in browser mode (the database above and
 * the backups' manifests are the anchors there).
 */
export interface ExternalAnchor {
  write(database: string, checkpoint: AuditCheckpoint | undefined, mode: 'advance' | 'replace'): Promise<void>;
  read(database: string): Promise<AuditCheckpoint | undefined>;
}

let externalAnchor: ExternalAnchor | undefined;

export function setExternalAnchor(anchor: ExternalAnchor | undefined): void {
  externalAnchor = anchor;
}

async function readExternalCheckpoint(db: ErcmsDatabase): Promise<AuditCheckpoint | undefined> {
  if (!externalAnchor) return undefined;
  try {
    const parsed = AuditCheckpointSchema.safeParse(await externalAnchor.read(db.name));
    return parsed.success ? parsed.data : undefined;
  } catch (error) {
    console.warn('The audit anchor file could not be read.', error instanceof Error ? error.name : 'unknown error');
    return undefined;
  }
}

/** Of two anchors, the one further along the trail: the older one may have been put back with an old copy. */
function furtherCheckpoint(local: AuditCheckpoint | undefined, outside: AuditCheckpoint | undefined): AuditCheckpoint | undefined {
  if (!local || !outside) return local ?? outside;
  return outside.sequence > local.sequence ? outside : local;
}

function checkpointText(workspaceDb: string, head: AuditChainHead, keyId: string, at: string): string {
  return canonicalJson({ database: workspaceDb, sequence: head.sequence, hash: head.hash, keyId, at });
}

export async function makeCheckpoint(db: ErcmsDatabase, head: AuditChainHead, keyId: string, auditKey: CryptoKey, at: string): Promise<AuditCheckpoint> {
  return { sequence: head.sequence, hash: head.hash, keyId, at, mac: await hmacHex(auditKey, checkpointText(db.name, head, keyId, at)) };
}

export async function checkpointIsAuthentic(db: ErcmsDatabase, checkpoint: AuditCheckpoint, auditKey: CryptoKey): Promise<boolean> {
  const expected = await hmacHex(auditKey, checkpointText(db.name, checkpoint, checkpoint.keyId, checkpoint.at));
  return expected === checkpoint.mac;
}

/**
 * Anchor writes queued after their audited write, one after another per database. The write
 * that a user waits for ends when its own transaction commits; the anchor follows a moment
 * later (a round trip to a second database cost the workflow action about 7 ms at 100,000
 * cases). If the window dies in between, the anchor lags one write behind: the trail then runs
 * past its anchor, which verification accepts, since only a trail that no longer reaches the
 * anchor shows events removed or rewritten.
 */
const queuedWrites = new WeakMap<ErcmsDatabase, Promise<void>>();

export function queueCheckpoint(db: ErcmsDatabase, make: () => Promise<AuditCheckpoint>): void {
  const previous = queuedWrites.get(db) ?? Promise.resolve();
  const next = previous
    .then(async () => writeCheckpoint(db, await make()))
    .catch((error: unknown) => {
      // The anchor only lags (see above); the next write moves it forward again.
      console.warn('The audit anchor could not be written this time.', error instanceof Error ? error.name : 'unknown error');
    });
  queuedWrites.set(db, next);
}

/** Waits until every queued anchor write of this database is done. */
export async function settleCheckpoints(db: ErcmsDatabase): Promise<void> {
  await queuedWrites.get(db);
}

export async function readCheckpoint(db: ErcmsDatabase): Promise<AuditCheckpoint | undefined> {
  await settleCheckpoints(db);
  const [row, outside] = await Promise.all([anchorDatabase(db).anchors.get(ANCHOR_ID), readExternalCheckpoint(db)]);
  const parsed = AuditCheckpointSchema.safeParse(row?.checkpoint);
  return furtherCheckpoint(parsed.success ? parsed.data : undefined, outside);
}

/** Moves the anchor forward (never back: a slower window must not undo a newer anchor). */
export async function writeCheckpoint(db: ErcmsDatabase, checkpoint: AuditCheckpoint): Promise<void> {
  const anchors = anchorDatabase(db).anchors;
  await anchorDatabase(db).transaction('rw', anchors, async () => {
    const current = await anchors.get(ANCHOR_ID);
    if (current && current.checkpoint.sequence > checkpoint.sequence && current.checkpoint.keyId === checkpoint.keyId) return;
    await anchors.put({ id: ANCHOR_ID, checkpoint });
  });
  // The file keeps the same rule (never back under the same key) on its side.
  await externalAnchor?.write(db.name, checkpoint, 'advance');
}

/** A restore replaces the trail: its new anchor may lie below the old one. */
export async function replaceCheckpoint(db: ErcmsDatabase, checkpoint: AuditCheckpoint | undefined): Promise<void> {
  // A queued anchor of the trail being replaced must not land after the restore's.
  await settleCheckpoints(db);
  const anchors = anchorDatabase(db).anchors;
  if (checkpoint) await anchors.put({ id: ANCHOR_ID, checkpoint });
  else await anchors.delete(ANCHOR_ID);
  await externalAnchor?.write(db.name, checkpoint, 'replace');
}

export function closeAnchor(db: ErcmsDatabase): void {
  anchorDatabases.get(db)?.close();
  anchorDatabases.delete(db);
}
