import { z } from 'zod';
import { heldDataKey, holdDataKey } from '../db/workspaceKeyring';
import { workspaceStore } from './workspaceStore';

/**
 * Hands the data key to the print window (Electron's hidden window of `pdf:print`, or the
 * browser's print tab), which starts without it and could not open a sealed case otherwise.
 * The window that asks for the print offers the key for a few seconds under a one-time nonce
 * (carried by the print ticket, printSessionHandoff.tsx); the print window asks with that nonce
 * on a BroadcastChannel, which only windows of this app's origin can open. The key travels as
 * a structured clone (a non-extractable CryptoKey stays non-extractable) with its record keys;
 * nothing is written to disk.
 */
const CHANNEL = 'ercms-key-handoff';
/** How long an offer stands: the print window asks as soon as it starts. */
const OFFER_MS = 30_000;
/** How long the print window waits for an answer before showing the lock screen instead. */
const REQUEST_MS = 5_000;

const RequestSchema = z.object({ type: z.literal('request'), nonce: z.string().min(16) });
const AnswerSchema = z.object({
  type: z.literal('keys'),
  nonce: z.string().min(16),
  keyId: z.string().min(1),
  key: z.custom<CryptoKey>((value) => value instanceof CryptoKey),
  records: z.object({ keyId: z.string().min(1), seal: z.instanceof(Uint8Array), token: z.instanceof(Uint8Array) }),
});

/** Offers this window's key to the print window that will ask with `nonce`; the nonce, or undefined when there is no key to offer. */
export function offerDataKey(): string | undefined {
  const dataKey = heldDataKey(workspaceStore('production').db);
  if (!dataKey || typeof BroadcastChannel === 'undefined') return undefined;
  const nonce = crypto.randomUUID();
  const channel = new BroadcastChannel(CHANNEL);
  const close = () => channel.close();
  const timer = setTimeout(close, OFFER_MS);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const request = RequestSchema.safeParse(event.data);
    if (!request.success || request.data.nonce !== nonce) return;
    channel.postMessage({ type: 'keys', nonce, keyId: dataKey.keyId, key: dataKey.key, records: dataKey.records });
    clearTimeout(timer);
    close();
  };
  return nonce;
}

/** Asks the offering window for the key; true when it came and is now held by this window. */
export function takeOfferedDataKey(nonce: string): Promise<boolean> {
  if (typeof BroadcastChannel === 'undefined') return Promise.resolve(false);
  return new Promise((resolve) => {
    const channel = new BroadcastChannel(CHANNEL);
    const finish = (held: boolean) => {
      clearTimeout(timer);
      channel.close();
      resolve(held);
    };
    const timer = setTimeout(() => finish(false), REQUEST_MS);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const answer = AnswerSchema.safeParse(event.data);
      if (!answer.success || answer.data.nonce !== nonce) return;
      const { keyId, key, records } = answer.data;
      holdDataKey(workspaceStore('production').db, {
        keyId,
        key,
        records,
        // The print window never wraps the key for another password.
        material: () => Promise.reject(new Error('The print window cannot rewrap the data key.')),
      });
      finish(true);
    };
    channel.postMessage({ type: 'request', nonce });
  });
}
