import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { HostApi } from '../../shared/ipc';
import { electronEnvironment } from './electronEnvironment';
import { launchApp } from './launchApp';

type WindowWithHost = Window & { ercms?: HostApi };

const environment = electronEnvironment();

/**
 * Issue 13, point 2: in Electron the audit anchor also goes to a file in the user-data
 * folder, sealed with safeStorage, through the audit:anchor-* channels. Where the operating
 * system offers safeStorage no key (a Linux machine without a keyring), nothing is written
 * in clear and the channel says so.
 */
test.describe('audit anchor file (Electron)', () => {
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

  test('is sealed in the user-data folder and read back; a path as database name is refused', async () => {
    const checkpoint = { sequence: 4, hash: 'a'.repeat(64), keyId: 'electron-test', at: '2026-12-02T20:00:00.000Z', mac: 'b'.repeat(64) };
    const [sealed, read, refused] = await page.evaluate(async (anchor) => {
      const host = (window as WindowWithHost).ercms;
      if (!host) throw new Error('no HostApi');
      return [
        await host.sealAuditAnchor({ database: 'ercms-electron-test', checkpoint: anchor, mode: 'replace' }),
        await host.readAuditAnchor({ database: 'ercms-electron-test' }),
        await host.readAuditAnchor({ database: '../ercms-electron-test' }),
      ];
    }, checkpoint);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    const file = join(userData, 'audit-anchors', 'ercms-electron-test.anchor');
    const available = await app.evaluate(({ safeStorage }) => safeStorage.isEncryptionAvailable());
    if (!available) {
      expect(sealed).toEqual({ ok: true, value: { status: 'unavailable' } });
      expect(existsSync(file)).toBe(false);
      return;
    }
    expect(sealed).toEqual({ ok: true, value: { status: 'sealed' } });
    expect(read).toEqual({ ok: true, value: { status: 'found', checkpoint } });
    expect(readFileSync(file).toString('latin1')).not.toContain(checkpoint.hash);
    await page.evaluate(async () => (window as WindowWithHost).ercms?.sealAuditAnchor({ database: 'ercms-electron-test', checkpoint: null, mode: 'replace' }));
    expect(existsSync(file)).toBe(false);
  });
});
