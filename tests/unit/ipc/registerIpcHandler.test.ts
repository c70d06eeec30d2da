import { describe, expect, it, vi } from 'vitest';
import { registerIpcHandler } from '../../../main/ipc/registerIpcHandler';
import { UserFacingError } from '../../../main/ipc/userFacingError';
import { trustedOrigins } from '../../../main/protocol/appOrigin';
import type { IpcResult, SaveFileResult } from '../../../shared/ipc';
import { FakeIpcMain, subFrame, topFrame } from './fakeIpcMain';

const APP_PAGE = 'app://ercms/cases/42';
const validSave = { suggestedName: 'report.csv', contentType: 'text/csv', content: 'a;b\n1;2' };

function setup(origins = trustedOrigins(undefined)) {
  const ipcMain = new FakeIpcMain();
  const handler = vi.fn(async (): Promise<SaveFileResult> => ({ status: 'saved', path: '/home/agent/report.csv' }));
  const log = vi.fn();
  registerIpcHandler('file:save', handler, { ipcMain, trustedOrigins: origins, log });
  const invoke = (frame: Parameters<FakeIpcMain['invoke']>[1], ...args: unknown[]) =>
    ipcMain.invoke('file:save', frame, ...args) as Promise<IpcResult<SaveFileResult>>;
  return { handler, invoke, log };
}

describe('registerIpcHandler', () => {
  it('passes a valid payload from the app page to the handler and returns its value', async () => {
    const { handler, invoke } = setup();
    const result = await invoke(topFrame(APP_PAGE), validSave);
    expect(result).toEqual({ ok: true, value: { status: 'saved', path: '/home/agent/report.csv' } });
    expect(handler).toHaveBeenCalledWith(validSave, { senderUrl: APP_PAGE });
  });

  it('refuses a sender from another origin without calling the handler', async () => {
    const { handler, invoke } = setup();
    for (const url of ['https://evil.example/', 'file:///home/agent/page.html', 'app://other/', 'http://localhost:5173/']) {
      const result = await invoke(topFrame(url), validSave);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('forbidden-sender');
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a sub-frame, even one on the app origin', async () => {
    const { handler, invoke } = setup();
    const result = await invoke(subFrame(APP_PAGE), validSave);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a message whose frame is gone', async () => {
    const { handler, invoke } = setup();
    expect(await invoke(null, validSave)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('accepts the dev server origin only when it is configured', async () => {
    const { invoke } = setup(trustedOrigins('http://localhost:5173'));
    expect((await invoke(topFrame('http://localhost:5173/cases'), validSave)).ok).toBe(true);
    expect((await invoke(topFrame('http://localhost:5174/cases'), validSave)).ok).toBe(false);
  });

  it('refuses a malformed payload with zod messages and their paths', async () => {
    const { handler, invoke } = setup();
    const result = await invoke(topFrame(APP_PAGE), { suggestedName: '../../etc/passwd', contentType: 'text/plain', content: 42 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.issues).toEqual(
      expect.arrayContaining([{ path: 'suggestedName', message: 'The file name must not contain a folder' }, expect.objectContaining({ path: 'content' })]),
    );
    expect(result.error.message).toContain('suggestedName: The file name must not contain a folder');
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses unknown keys, a missing payload and extra arguments', async () => {
    const { handler, invoke } = setup();
    expect(await invoke(topFrame(APP_PAGE), { ...validSave, path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await invoke(topFrame(APP_PAGE))).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await invoke(topFrame(APP_PAGE), validSave, 'extra')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns an unexpected handler error into a generic failure without the internals', async () => {
    const ipcMain = new FakeIpcMain();
    const log = vi.fn();
    registerIpcHandler('file:save', () => Promise.reject(new Error('EACCES: permission denied, open /root/secret')), {
      ipcMain,
      trustedOrigins: trustedOrigins(undefined),
      log,
    });
    const result = (await ipcMain.invoke('file:save', topFrame(APP_PAGE), validSave)) as IpcResult<SaveFileResult>;
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
    if (!result.ok) {
      expect(result.error.message).not.toContain('EACCES');
      expect(result.error.message).not.toContain('/root');
    }
    expect(log).toHaveBeenCalled();
  });

  it('passes the message of a UserFacingError through', async () => {
    const ipcMain = new FakeIpcMain();
    registerIpcHandler('file:save', () => Promise.reject(new UserFacingError('The disk is full.')), { ipcMain, trustedOrigins: trustedOrigins(undefined) });
    expect(await ipcMain.invoke('file:save', topFrame(APP_PAGE), validSave)).toEqual({ ok: false, error: { code: 'failed', message: 'The disk is full.' } });
  });

  it('refuses to return a response that does not match the channel schema', async () => {
    const ipcMain = new FakeIpcMain();
    const leaky = (() => Promise.resolve({ status: 'saved' })) as unknown as Parameters<typeof registerIpcHandler<'file:save'>>[1];
    registerIpcHandler('file:save', leaky, { ipcMain, trustedOrigins: trustedOrigins(undefined) });
    expect(await ipcMain.invoke('file:save', topFrame(APP_PAGE), validSave)).toMatchObject({ ok: false, error: { code: 'failed' } });
  });
});
