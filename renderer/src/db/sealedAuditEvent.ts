import type { StoredAuditEvent } from './auditEventRecord';
import { openRecord, sealRecord } from './recordCipher';
import type { RecordKeys } from './recordKeys';

/**
 * An audit event as a sealed store keeps it (issue 14, point 2): its place in the chain
 * (sequence, previous hash, hash) and the case it concerns (an id, for the case's history) in
 * clear; who did what, when, and every change (which hold names, dates and the rest of the
 * case) sealed under the record key. The chain's hashes are over the event in clear (auditChain.ts),
 * so verifying it opens each event: it needs the unlocked workspace, as reading it does.
 */
export interface SealedAuditEvent {
  sequence: number;
  caseId?: string;
  previousHash: string;
  hash: string;
  keyId: string;
  sealed: Uint8Array;
}

export function isSealedAuditEvent(row: unknown): row is SealedAuditEvent {
  return typeof row === 'object' && row !== null && (row as Partial<SealedAuditEvent>).sealed instanceof Uint8Array;
}

function auditLabel(databaseName: string, sequence: number): string {
  return `ercms-audit|${databaseName}|${sequence}`;
}

export function sealAuditEvent(event: StoredAuditEvent, keys: RecordKeys, databaseName: string): SealedAuditEvent {
  const { sequence, caseId, previousHash, hash, ...content } = event;
  return {
    sequence,
    ...(caseId === undefined ? {} : { caseId }),
    previousHash,
    hash,
    keyId: keys.keyId,
    sealed: sealRecord(keys, auditLabel(databaseName, sequence), content),
  };
}

type EventContent = Omit<StoredAuditEvent, 'sequence' | 'caseId' | 'previousHash' | 'hash'>;

/**
 * What an event that does not open reads as (altered bytes, or sealed under another key): an
 * event whose content cannot match its hash, so the audit verification reports the trail broken
 * at that event ("changed after it was recorded") instead of failing to read it.
 */
function unreadableContent(): EventContent {
  return {
    id: '00000000-0000-4000-8000-000000000000',
    actor: { userId: 'unreadable', displayName: 'unreadable', role: 'caseworker' },
    at: new Date(0).toISOString(),
    action: 'audit.unreadable',
    changes: [],
  };
}

function openContent(row: SealedAuditEvent, keys: RecordKeys, databaseName: string): EventContent {
  if (row.keyId !== keys.keyId) return unreadableContent();
  try {
    return openRecord(keys, auditLabel(databaseName, row.sequence), row.sealed) as EventContent;
  } catch {
    return unreadableContent();
  }
}

export function openAuditEvent(row: SealedAuditEvent, keys: RecordKeys, databaseName: string): StoredAuditEvent {
  return {
    ...openContent(row, keys, databaseName),
    sequence: row.sequence,
    ...(row.caseId === undefined ? {} : { caseId: row.caseId }),
    previousHash: row.previousHash,
    hash: row.hash,
  } as StoredAuditEvent;
}
