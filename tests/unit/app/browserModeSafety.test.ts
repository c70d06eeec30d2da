import { describe, expect, it } from 'vitest';
import { requestPersistentStorage } from '../../../renderer/src/host/persistentStorage';

/** The preview server's headers are checked on the real server: tests/e2e/browserMode.spec.ts. */
describe('browser mode is as careful as Electron (issue 13, point 8)', () => {
  it('asks the browser for persistent storage and reports a refusal', async () => {
    const asked: string[] = [];
    const refusing = {
      persisted: () => Promise.resolve(false),
      persist: () => {
        asked.push('persist');
        return Promise.resolve(false);
      },
    };
    expect(await requestPersistentStorage(refusing, false)).toBe('refused');
    expect(asked).toEqual(['persist']);
  });

  it('does not ask again once the browser has granted it, and never in Electron', async () => {
    const asked: string[] = [];
    const granted = {
      persisted: () => Promise.resolve(true),
      persist: () => {
        asked.push('persist');
        return Promise.resolve(true);
      },
    };
    expect(await requestPersistentStorage(granted, false)).toBe('persisted');
    expect(await requestPersistentStorage(granted, true)).toBe('electron');
    expect(asked).toEqual([]);
    expect(await requestPersistentStorage({}, false)).toBe('unsupported');
  });
});
