import type { IpcInvokeEvent, IpcMainLike, IpcSenderFrame } from '../../../main/ipc/registerIpcHandler';

type Listener = (event: IpcInvokeEvent, ...args: unknown[]) => unknown;

/** An ipcMain stand-in: records handlers and invokes them as Electron would, from a given frame. */
export class FakeIpcMain implements IpcMainLike {
  private readonly listeners = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.listeners.set(channel, listener);
  }

  async invoke(channel: string, frame: IpcSenderFrame | null, ...args: unknown[]): Promise<unknown> {
    const listener = this.listeners.get(channel);
    if (listener === undefined) throw new Error(`No handler registered for '${channel}'`);
    return listener({ senderFrame: frame }, ...args);
  }
}

export const topFrame = (url: string): IpcSenderFrame => ({ url, parent: null });
export const subFrame = (url: string): IpcSenderFrame => ({ url, parent: topFrame(url) });
