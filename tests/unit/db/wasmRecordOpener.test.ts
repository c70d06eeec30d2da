import { afterEach, describe, expect, it } from 'vitest';
import { openRecord, openWithJavaScript, sealRecord, setRecordOpener, type XChaChaOpener } from '../../../renderer/src/db/recordCipher';
import { deriveRecordKeys } from '../../../renderer/src/db/recordKeys';
import { loadWasmRecordOpener, opensAsJavaScriptSeals } from '../../../renderer/src/db/wasmRecordOpener';
import { generateCase } from '../../bench/caseGenerator';

/**
 * The export workers' record opener (libsodium's WebAssembly): the same records as the
 * JavaScript cipher, opened to the same values, and refused in the same cases. Node may
 * compile WebAssembly, as the export worker may (its script's own policy; the end-to-end test
 * reports.spec.ts checks that in the browser).
 */
const keys = deriveRecordKeys('key-1', new Uint8Array(32).fill(7));
const otherKeys = deriveRecordKeys('key-2', new Uint8Array(32).fill(8));

async function wasmOpener(): Promise<XChaChaOpener> {
  const opener = await loadWasmRecordOpener();
  if (!opener) throw new Error('libsodium did not load');
  return opener;
}

afterEach(() => setRecordOpener(openWithJavaScript));

describe('the WebAssembly record opener', () => {
  it('opens what the JavaScript cipher sealed, to the same value', async () => {
    setRecordOpener(await wasmOpener());
    for (const index of [0, 1, 2, 17, 999]) {
      const caseFile = generateCase(index);
      const label = `ercms-case|ercms|${caseFile.id}`;
      expect(openRecord(keys, label, sealRecord(keys, label, caseFile))).toEqual(caseFile);
    }
    for (const value of ['', 'ë', 'x'.repeat(5_000), { nested: [1, 2, { a: null }] }])
      expect(openRecord(keys, 'label', sealRecord(keys, 'label', value))).toEqual(value);
  });

  it('refuses a record of another label, another key, or with a changed byte', async () => {
    setRecordOpener(await wasmOpener());
    const sealed = sealRecord(keys, 'ercms-case|ercms|a', { name: 'Sentinel' });
    expect(() => openRecord(keys, 'ercms-case|ercms-training|a', sealed)).toThrow();
    expect(() => openRecord(otherKeys, 'ercms-case|ercms|a', sealed)).toThrow();
    for (const position of [0, 24, sealed.length - 1]) {
      const altered = sealed.slice();
      altered[position] = (altered[position] ?? 0) ^ 1;
      expect(() => openRecord(keys, 'ercms-case|ercms|a', altered)).toThrow();
    }
    expect(openRecord(keys, 'ercms-case|ercms|a', sealed)).toEqual({ name: 'Sentinel' });
  });

  it('is taken only when its known answer holds', async () => {
    expect(opensAsJavaScriptSeals(await wasmOpener())).toBe(true);
    expect(opensAsJavaScriptSeals(openWithJavaScript)).toBe(true);
    // An opener that hands back the ciphertext, or one that never checks the tag.
    expect(opensAsJavaScriptSeals((_key, _nonce, ciphertext) => ciphertext.subarray(0, ciphertext.length - 16))).toBe(false);
    const unchecked: XChaChaOpener = (key, nonce, ciphertext, additionalData) => {
      try {
        return openWithJavaScript(key, nonce, ciphertext, additionalData);
      } catch {
        return new Uint8Array(ciphertext.length - 16);
      }
    };
    expect(opensAsJavaScriptSeals(unchecked)).toBe(false);
  });
});
