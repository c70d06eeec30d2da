import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { HostApi } from '../../shared/ipc';
import { electronEnvironment } from './electronEnvironment';
import { launchApp } from './launchApp';

type WindowWithHost = Window & { ercms?: HostApi };

const environment = electronEnvironment();

/**
 * Issue 14, point 1: the account's password-wrapped data key goes through keys:seal to
 * safeStorage and comes back through keys:unseal; main validates both requests. Where the
 * operating system offers safeStorage no key (Linux without a keyring, or only the fixed
 * basic_text one), both channels answer "unavailable" and the wraps stay password-only.
 */
test.describe('data-key seal with safeStorage (Electron)', () => {
  test.skip(!environment.ready, environment.ready ? '' : environment.reason);

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    if (!environment.ready) return;
    ({ app, window: page } = await launchApp(environment.executablePath));
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('seals a wrap and opens it again; refuses what is not a wrap; a foreign blob is unreadable', async () => {
    // 48 bytes as base64: the shape of a password-wrapped data key (key and AES-GCM tag).
    const wrapped = Buffer.from(Array.from({ length: 48 }, (_, index) => (index * 37 + 11) % 256)).toString('base64');
    const [sealed, refused, foreign] = await page.evaluate(async (wrap) => {
      const host = (window as WindowWithHost).ercms;
      if (!host) throw new Error('no HostApi');
      return [
        await host.sealDataKeyWrap({ wrapped: wrap }),
        await host.sealDataKeyWrap({ wrapped: 'not base64!' }),
        await host.unsealDataKeyWrap({ sealed: btoa('v10 sealed on another machine, 0123456789') }),
      ];
    }, wrapped);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });

    const keychain = await app.evaluate(({ safeStorage }) => ({
      available: safeStorage.isEncryptionAvailable(),
      backend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os',
    }));
    if (!keychain.available || keychain.backend === 'basic_text') {
      expect(sealed).toEqual({ ok: true, value: { status: 'unavailable' } });
      expect(foreign).toEqual({ ok: true, value: { status: 'unavailable' } });
      return;
    }
    if (!sealed.ok || sealed.value.status !== 'sealed') throw new Error(`not sealed: ${JSON.stringify(sealed)}`);
    expect(sealed.value.sealed).not.toContain(wrapped);
    expect(foreign).toEqual({ ok: true, value: { status: 'unreadable' } });
    const opened = await page.evaluate(async (blob) => (window as WindowWithHost).ercms?.unsealDataKeyWrap({ sealed: blob }), sealed.value.sealed);
    expect(opened).toEqual({ ok: true, value: { status: 'unsealed', wrapped } });
  });
});
