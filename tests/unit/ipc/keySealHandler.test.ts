import { describe, expect, it } from 'vitest';
import type { SafeStorageLike } from '../../../main/ipc/handlers/auditAnchorHandler';
import { createKeySealHandlers } from '../../../main/ipc/handlers/keySealHandler';
import { registerIpcHandler } from '../../../main/ipc/registerIpcHandler';
import type { IpcResult, SealKeyResult, UnsealKeyResult } from '../../../shared/ipc';
import { FakeIpcMain, topFrame } from './fakeIpcMain';

/**
 * The keys:seal / keys:unseal channels (issue 14, point 1): the account's password-wrapped
 * data key sealed once more with safeStorage. safeStorage needs Electron and the operating
 * system's keyring, absent here: a stand-in seals under a key of its own machine and, like the
 * real one, throws on what another machine sealed. The requests pass the real IPC gate.
 */
class MachineSafeStorage implements SafeStorageLike {
  available = true;
  constructor(private readonly machine: number) {}

  isEncryptionAvailable(): boolean {
    return this.available;
  }

  encryptString(text: string): Buffer {
    return Buffer.concat([Buffer.from(`v10:${this.machine}:`), Buffer.from(Buffer.from(text, 'utf8').map((byte) => byte ^ this.machine))]);
  }

  decryptString(sealed: Buffer): string {
    const mark = Buffer.from(`v10:${this.machine}:`);
    if (!sealed.subarray(0, mark.length).equals(mark)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(sealed.subarray(mark.length).map((byte) => byte ^ this.machine)).toString('utf8');
  }
}

/** A password wrap as the renderer sends it: 48 bytes (key and AES-GCM tag), base64. */
const passwordWrap = Buffer.from(Array.from({ length: 48 }, (_, index) => (index * 37 + 11) % 256)).toString('base64');

function channelsOn(safeStorage: SafeStorageLike, storageBackend?: () => string) {
  const ipcMain = new FakeIpcMain();
  const options = { ipcMain, trustedOrigins: new Set(['app://ercms']) };
  const handlers = createKeySealHandlers({ safeStorage, ...(storageBackend ? { storageBackend } : {}) });
  registerIpcHandler('keys:seal', handlers.seal, options);
  registerIpcHandler('keys:unseal', handlers.unseal, options);
  const frame = topFrame('app://ercms/');
  return {
    seal: async (request: unknown) => (await ipcMain.invoke('keys:seal', frame, request)) as IpcResult<SealKeyResult>,
    unseal: async (request: unknown) => (await ipcMain.invoke('keys:unseal', frame, request)) as IpcResult<UnsealKeyResult>,
  };
}

async function sealedOn(channels: ReturnType<typeof channelsOn>): Promise<string> {
  const result = await channels.seal({ wrapped: passwordWrap });
  if (!result.ok || result.value.status !== 'sealed') throw new Error(`not sealed: ${JSON.stringify(result)}`);
  return result.value.sealed;
}

describe('the keys:seal and keys:unseal channels', () => {
  it('seal the password wrap with the machine’s key and open it again', async () => {
    const channels = channelsOn(new MachineSafeStorage(0x5a));
    const sealed = await sealedOn(channels);
    expect(sealed).not.toBe(passwordWrap);
    expect(Buffer.from(sealed, 'base64').toString('latin1')).not.toContain(Buffer.from(passwordWrap).toString('latin1'));
    expect(await channels.unseal({ sealed })).toEqual({ ok: true, value: { status: 'unsealed', wrapped: passwordWrap } });
  });

  it('answer "unavailable" where the operating system offers no key, or only Linux’s fixed basic_text one', async () => {
    const noKeyring = new MachineSafeStorage(0x5a);
    const sealedBefore = await sealedOn(channelsOn(noKeyring));
    noKeyring.available = false;
    const channels = channelsOn(noKeyring);
    expect(await channels.seal({ wrapped: passwordWrap })).toEqual({ ok: true, value: { status: 'unavailable' } });
    expect(await channels.unseal({ sealed: sealedBefore })).toEqual({ ok: true, value: { status: 'unavailable' } });

    const basicText = channelsOn(new MachineSafeStorage(0x5a), () => 'basic_text');
    expect(await basicText.seal({ wrapped: passwordWrap })).toEqual({ ok: true, value: { status: 'unavailable' } });
    const libsecret = channelsOn(new MachineSafeStorage(0x5a), () => 'gnome_libsecret');
    expect(await libsecret.seal({ wrapped: passwordWrap })).toMatchObject({ ok: true, value: { status: 'sealed' } });
  });

  it('answer "unreadable" for a blob another machine sealed, an altered one, or one that is not a wrap', async () => {
    const sealedElsewhere = await sealedOn(channelsOn(new MachineSafeStorage(0x21)));
    const here = channelsOn(new MachineSafeStorage(0x5a));
    expect(await here.unseal({ sealed: sealedElsewhere })).toEqual({ ok: true, value: { status: 'unreadable' } });

    const bytes = Buffer.from(await sealedOn(here), 'base64');
    const altered = Buffer.from(bytes.subarray(0, 2)).toString('base64');
    expect(await here.unseal({ sealed: altered })).toEqual({ ok: true, value: { status: 'unreadable' } });

    const notAWrap = new MachineSafeStorage(0x5a).encryptString('the data key in clear?').toString('base64');
    expect(await here.unseal({ sealed: notAWrap })).toEqual({ ok: true, value: { status: 'unreadable' } });
  });

  it('refuse, before the handler runs, anything but one base64 wrap of bounded size', async () => {
    const safeStorage = new MachineSafeStorage(0x5a);
    let calls = 0;
    const counting: SafeStorageLike = {
      isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
      encryptString: (text) => {
        calls += 1;
        return safeStorage.encryptString(text);
      },
      decryptString: (sealed) => {
        calls += 1;
        return safeStorage.decryptString(sealed);
      },
    };
    const channels = channelsOn(counting);
    for (const request of [
      undefined,
      {},
      { wrapped: '' },
      { wrapped: 'not base64 at all!' },
      { wrapped: `${passwordWrap}\n` },
      { wrapped: 'A'.repeat(516) },
      { wrapped: passwordWrap, userId: 'user-1' },
      { wrapped: 42 },
    ]) {
      expect(await channels.seal(request), JSON.stringify(request)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    for (const request of [{}, { sealed: '../../etc/passwd' }, { sealed: 'A'.repeat(4100) }, { sealed: passwordWrap, wrapped: passwordWrap }]) {
      expect(await channels.unseal(request), JSON.stringify(request)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(calls).toBe(0);
  });
});
