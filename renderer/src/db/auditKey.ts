import type { ErcmsDatabase } from './database';
import { wrapDataKeyForAccount } from './dataKey';
import type { StoredDataKeyWrap } from './keySeal';
import { DEFAULT_PBKDF2_ITERATIONS, fromBase64, toBase64 } from './passwordHash';
import type { HeldDataKey } from './workspaceKeyring';

/**
 * The workspace secret: 32 random bytes per workspace database, never stored in clear.
 * Each account holds it wrapped (AES-GCM) under a key derived from its own password
 * (PBKDF2-SHA-256 with a salt of its own, not the password hash's), so it can be
 * unwrapped only at a sign-in, and rewrapped when an account is created or its password
 * changes. Keys for particular uses are derived from it with HKDF, each with its own
 * label: today the audit trail's HMAC key (`AUDIT_KEY_INFO`). The data key of encryption at
 * rest is a random key of its own (dataKey.ts), wrapped in the same row under the same
 * password-derived key, so the secret can be re-created (a restore that replaced every
 * account) without the two being tied together.
 */
export interface KeyWrapRow {
  userId: string;
  /** Names the secret: every wrap of one workspace carries the same id. */
  keyId: string;
  salt: string;
  iterations: number;
  iv: string;
  wrapped: string;
  /**
   * The workspace data key, wrapped under the same password-derived key (dataKey.ts): one
   * derivation at sign-in opens both. Absent for an account that has not received it yet.
   * In Electron sealed once more with the operating system's keychain (`osSealed`, keySeal.ts).
   */
  dataKey?: StoredDataKeyWrap;
}

export const AUDIT_KEY_INFO = 'ercms/audit-hmac/v1';
const SECRET_BYTES = 32;

/** The secret of one database, once unwrapped in this window (memory only). */
export interface UnlockedSecret {
  keyId: string;
  secret: Uint8Array;
  auditKey: CryptoKey;
}

const unlocked = new WeakMap<ErcmsDatabase, UnlockedSecret>();

/** The unlocked secret of this database in this window, if a sign-in unwrapped it. */
export function unlockedSecret(db: ErcmsDatabase): UnlockedSecret | undefined {
  return unlocked.get(db);
}

/** Drops the secret from memory (sign-out; a lock screen keeps it so the window's writes stay keyed). */
export function forgetSecret(db: ErcmsDatabase): void {
  unlocked.delete(db);
}

/** True once the database has a workspace secret (some account holds a wrap). */
export async function hasWorkspaceSecret(db: ErcmsDatabase): Promise<boolean> {
  return (await db.keyWraps.limit(1).count()) > 0;
}

export async function deriveAuditKey(secret: Uint8Array, workspaceLabel: string): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', secret as Uint8Array<ArrayBuffer>, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new TextEncoder().encode(workspaceLabel), info: new TextEncoder().encode(AUDIT_KEY_INFO) },
    base,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign', 'verify'],
  );
}

export async function hmacHex(key: CryptoKey, text: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text)));
  let hex = '';
  for (const byte of mac) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Creates a new secret for the database (first administrator, or the first sign-in after the upgrade). */
export async function createSecret(db: ErcmsDatabase): Promise<UnlockedSecret> {
  const secret = crypto.getRandomValues(new Uint8Array(SECRET_BYTES));
  return { keyId: crypto.randomUUID(), secret, auditKey: await deriveAuditKey(secret, db.name) };
}

/** Makes `secret` the unlocked secret of this window. */
export function rememberSecret(db: ErcmsDatabase, secret: UnlockedSecret): void {
  unlocked.set(db, secret);
}

async function wrappingKey(password: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    // unwrapKey: the data key is unwrapped straight into a non-extractable CryptoKey (dataKey.ts).
    ['encrypt', 'decrypt', 'unwrapKey'],
  );
}

/** The AES-GCM additional data: a wrap cannot be moved to another account or secret. */
function wrapLabel(keyId: string, userId: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`ercms-workspace-secret|${keyId}|${userId}`);
}

/** What wraps the data key for another password: its id and (on demand) its bytes (workspaceKeyring.ts). */
export type DataKeySource = Pick<HeldDataKey, 'keyId' | 'material'>;

/**
 * The secret wrapped for one account's password (to store in `keyWraps`), with the data key
 * in the same bundle when given: one PBKDF2 derivation wraps both. Returns the derived key
 * too, so that a data key created at this moment can be held without keeping its bytes.
 */
export async function wrapAccountKeys(
  secret: UnlockedSecret,
  userId: string,
  password: string,
  iterations = DEFAULT_PBKDF2_ITERATIONS,
  dataKey?: DataKeySource,
): Promise<{ row: KeyWrapRow; wrappingKey: CryptoKey }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await wrappingKey(password, salt, iterations);
  const wrapped = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: wrapLabel(secret.keyId, userId) }, key, secret.secret as Uint8Array<ArrayBuffer>),
  );
  const row: KeyWrapRow = { userId, keyId: secret.keyId, salt: toBase64(salt), iterations, iv: toBase64(iv), wrapped: toBase64(wrapped) };
  if (dataKey) row.dataKey = await wrapDataKeyForAccount(await dataKey.material(), dataKey.keyId, userId, key);
  return { row, wrappingKey: key };
}

/** The secret (and the data key, when given) wrapped for one account's password. */
export async function wrapSecret(
  secret: UnlockedSecret,
  userId: string,
  password: string,
  iterations = DEFAULT_PBKDF2_ITERATIONS,
  dataKey?: DataKeySource,
): Promise<KeyWrapRow> {
  return (await wrapAccountKeys(secret, userId, password, iterations, dataKey)).row;
}

/** An account's wrap opened with its password: the secret, and the derived key that also opens (or adds) its data key. */
export interface OpenedAccountWrap {
  secret: UnlockedSecret;
  wrappingKey: CryptoKey;
}

/** Opens an account's wrap with its password; undefined when the password (or the row) is wrong. */
export async function openAccountWrap(db: ErcmsDatabase, row: KeyWrapRow, password: string): Promise<OpenedAccountWrap | undefined> {
  try {
    const key = await wrappingKey(password, fromBase64(row.salt), row.iterations);
    const secret = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: fromBase64(row.iv) as Uint8Array<ArrayBuffer>, additionalData: wrapLabel(row.keyId, row.userId) },
        key,
        fromBase64(row.wrapped) as Uint8Array<ArrayBuffer>,
      ),
    );
    return { secret: { keyId: row.keyId, secret, auditKey: await deriveAuditKey(secret, db.name) }, wrappingKey: key };
  } catch {
    return undefined;
  }
}

/** Unwraps an account's copy of the secret with its password; undefined when the password (or the row) is wrong. */
export async function unwrapSecret(db: ErcmsDatabase, row: KeyWrapRow, password: string): Promise<UnlockedSecret | undefined> {
  return (await openAccountWrap(db, row, password))?.secret;
}
