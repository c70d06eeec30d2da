import { z } from 'zod';
import { fromBase64, toBase64 } from './passwordHash';
import type { HeldDataKey } from './workspaceKeyring';

/**
 * A value stored encrypted under the workspace data key: AES-GCM 256 with a random 96-bit IV
 * per write, and a label as additional data that names where the value belongs (workspace
 * database and record id), so a ciphertext moved to another record or workspace fails its
 * tag instead of being read there. The first consumer is the intake draft; case records and
 * audit payloads will use the same form (docs/trust.md).
 */
export const SealedPayloadSchema = z.object({
  /** The data key it was written under (`HeldDataKey.keyId`). */
  keyId: z.string().min(1),
  iv: z.base64(),
  ciphertext: z.base64(),
});
export type SealedPayload = z.infer<typeof SealedPayloadSchema>;

const IV_BYTES = 12;

export async function sealJson(dataKey: HeldDataKey, label: string, value: unknown): Promise<SealedPayload> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(label) }, dataKey.key, plain));
  return { keyId: dataKey.keyId, iv: toBase64(iv), ciphertext: toBase64(ciphertext) };
}

/** The value, or undefined when it was written under another data key, for another label, or altered. */
export async function openJson(dataKey: HeldDataKey, label: string, sealed: SealedPayload): Promise<unknown> {
  if (sealed.keyId !== dataKey.keyId) return undefined;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv) as Uint8Array<ArrayBuffer>, additionalData: new TextEncoder().encode(label) },
      dataKey.key,
      fromBase64(sealed.ciphertext) as Uint8Array<ArrayBuffer>,
    );
    return JSON.parse(new TextDecoder().decode(plain)) as unknown;
  } catch {
    return undefined;
  }
}
