import type { IpcChannel, IpcRequest, IpcResponse } from './channels';
import type { IpcResult } from './ipcResult';

/** The HostApi method that calls each channel. Preload and the browser adapter both follow it. */
export const hostApiChannels = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  openFile: 'file:open',
  printToPdf: 'pdf:print',
  sealAuditAnchor: 'audit:anchor-seal',
  readAuditAnchor: 'audit:anchor-read',
  sealDataKeyWrap: 'keys:seal',
  unsealDataKeyWrap: 'keys:unseal',
} as const satisfies Record<string, IpcChannel>;

export type HostApiMethod = keyof typeof hostApiChannels;

/**
 * Everything the renderer may ask of the machine. In Electron, preload exposes it as
 * `window.ercms`; in a plain browser, the browser adapter implements it.
 */
export type HostApi = {
  [M in HostApiMethod]: (request: IpcRequest<(typeof hostApiChannels)[M]>) => Promise<IpcResult<IpcResponse<(typeof hostApiChannels)[M]>>>;
};

/** The name under which preload exposes the HostApi on `window`. */
export const HOST_API_GLOBAL = 'ercms';
