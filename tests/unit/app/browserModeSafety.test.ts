import { describe, expect, it } from 'vitest';
import { appResponseSecurityHeaders } from '../../../main/security/contentSecurityPolicy';
import { requestPersistentStorage } from '../../../renderer/src/host/persistentStorage';
import { rendererConfig } from '../../../renderer/vite.config';

describe('browser mode is as careful as Electron (issue 13, point 8)', () => {
  it("the preview server sends the app:// headers: the same CSP, frame-ancestors 'none' and X-Frame-Options DENY", () => {
    const headers = rendererConfig.preview?.headers ?? {};
    expect(headers).toEqual(appResponseSecurityHeaders);
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers['X-Frame-Options']).toBe('DENY');
  });

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
