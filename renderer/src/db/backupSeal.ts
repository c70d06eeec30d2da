import { z } from 'zod';
import { canonicalJson } from './canonicalJson';
import { BackupError } from './errors';
import { fromBase64, toBase64 } from './passwordHash';

/**
 * The seal of a backup file: AES-GCM 256 under a key derived from the backup passphrase
 * the administrator chooses (PBKDF2-SHA-256, at least 600,000 iterations, OWASP 2023).
 * The ciphertext holds the manifest and the content together; the file's clear header
 * (format, KDF parameters, and a copy of the manifest for the restore screen's preview)
 * is the AES-GCM additional data, so it is authenticated too. Any changed byte anywhere,
 * or a wrong passphrase, fails the GCM tag: the file is refused before anything is read.
 *
 * What it does not do: it cannot tell a wrong passphrase from an altered file (both fail
 * the same tag check, on purpose), and whoever knows the passphrase can make a valid file;
 * the restore's own checks (workspace, administrator, audit chain, settings) still apply.
 */
export const SEALED_BACKUP_FORMAT = 'ercms-backup/2';
export const MIN_BACKUP_ITERATIONS = 600_000;
/** Above this the file would only make the restore hang (a hostile file can set any count). */
const MAX_BACKUP_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE_LENGTH = 12;

export const BackupSealParametersSchema = z.object({
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.int().min(1),
  salt: z.base64().max(64),
  cipher: z.literal('AES-GCM-256'),
  iv: z.base64().max(32),
});
export type BackupSealParameters = z.infer<typeof BackupSealParametersSchema>;

export const SealedBackupSchema = z.object({
  format: z.literal(SEALED_BACKUP_FORMAT),
  seal: BackupSealParametersSchema,
  /** A clear copy of the manifest for the restore screen's preview; authenticated, but only the sealed copy is used. */
  preview: z.record(z.string(), z.unknown()),
  ciphertext: z.base64(),
});
export type SealedBackup = z.infer<typeof SealedBackupSchema>;

/** The key of one file (derived once; tests reuse it to open many variants of a file quickly). */
export async function deriveBackupKey(passphrase: string, seal: Pick<BackupSealParameters, 'salt' | 'iterations'>): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(seal.salt) as Uint8Array<ArrayBuffer>, iterations: seal.iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function additionalData(file: Pick<SealedBackup, 'format' | 'seal' | 'preview'>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson({ format: file.format, seal: file.seal, preview: file.preview }));
}

export function assertPassphrase(passphrase: string | undefined): asserts passphrase is string {
  if (!passphrase) throw new BackupError('A backup passphrase is needed.', [], 'passphraseRequired');
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    throw new BackupError(`A backup passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`, [], 'passphraseTooShort');
}

/** Seals `payload` (manifest and content, as JSON text) for a file; `preview` is shown before the passphrase is typed. */
export async function sealBackup(
  payloadText: string,
  preview: Record<string, unknown>,
  key: { passphrase: string; iterations?: number } | { key: CryptoKey; seal: BackupSealParameters },
): Promise<string> {
  let seal: BackupSealParameters;
  let cryptoKey: CryptoKey;
  if ('passphrase' in key) {
    assertPassphrase(key.passphrase);
    seal = {
      kdf: 'PBKDF2-SHA-256',
      iterations: key.iterations ?? MIN_BACKUP_ITERATIONS,
      salt: toBase64(crypto.getRandomValues(new Uint8Array(16))),
      cipher: 'AES-GCM-256',
      iv: toBase64(crypto.getRandomValues(new Uint8Array(12))),
    };
    cryptoKey = await deriveBackupKey(key.passphrase, seal);
  } else {
    // A fresh IV for every sealing under the same key (GCM must never reuse one).
    seal = { ...key.seal, iv: toBase64(crypto.getRandomValues(new Uint8Array(12))) };
    cryptoKey = key.key;
  }
  const header = { format: SEALED_BACKUP_FORMAT, seal, preview } as const;
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: fromBase64(seal.iv) as Uint8Array<ArrayBuffer>, additionalData: additionalData(header) },
      cryptoKey,
      new TextEncoder().encode(payloadText),
    ),
  );
  // The same text as JSON.stringify({ ...header, ciphertext }), without copying the ciphertext's
  // base64 (hundreds of MB at 100,000 cases) into a second string: base64 needs no escaping.
  const headerText = JSON.stringify(header);
  return `${headerText.slice(0, -1)},"ciphertext":"${toBase64(ciphertext)}"}`;
}

/** Reads the clear header: format, KDF parameters, preview. Nothing in it is trusted before `openSealedBackup`. */
export function readSealedHeader(text: string): SealedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupError('This file is not an eRCMS backup (it is not valid JSON).', [], 'notABackup');
  }
  const format = typeof raw === 'object' && raw !== null ? (raw as { format?: unknown }).format : undefined;
  if (format === 'ercms-backup/1') {
    throw new BackupError(
      'This backup was made by an earlier version of eRCMS, without a passphrase seal, so it cannot be trusted. Make a new backup with this version.',
      [],
      'unsealedFormat',
    );
  }
  const parsed = SealedBackupSchema.safeParse(raw);
  if (!parsed.success)
    throw new BackupError(
      'This file is damaged or not an eRCMS backup.',
      parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`),
      'notABackup',
    );
  const { iterations } = parsed.data.seal;
  if (iterations < MIN_BACKUP_ITERATIONS || iterations > MAX_BACKUP_ITERATIONS) {
    throw new BackupError('This backup file’s passphrase protection is not the one eRCMS makes: it was altered.', [], 'wrongPassphraseOrAltered');
  }
  return parsed.data;
}

/**
 * Opens a sealed file with the passphrase (or the file's key, already derived) and returns
 * the sealed JSON text. Refused, with nothing read, when the passphrase is wrong or any
 * byte of the file was changed.
 */
export async function openSealedBackup(text: string, passphraseOrKey: string | CryptoKey | undefined): Promise<string> {
  const file = readSealedHeader(text);
  if (passphraseOrKey === undefined || passphraseOrKey === '')
    throw new BackupError('Type the backup passphrase chosen when the backup was made.', [], 'passphraseRequired');
  const key = typeof passphraseOrKey === 'string' ? await deriveBackupKey(passphraseOrKey, file.seal) : passphraseOrKey;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(file.seal.iv) as Uint8Array<ArrayBuffer>, additionalData: additionalData(file) },
      key,
      fromBase64(file.ciphertext) as Uint8Array<ArrayBuffer>,
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new BackupError(
      'The passphrase is not the one of this backup, or the file was changed after it was made. Check the passphrase; a changed file cannot be restored.',
      [],
      'wrongPassphraseOrAltered',
    );
  }
}
