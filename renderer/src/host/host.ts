import type { hostApiChannels } from '../../../shared/ipc';
import { HOST_API_GLOBAL, unwrapIpcResult, type HostApi, type HostApiMethod, type IpcRequest, type IpcResponse, type IpcResult } from '../../../shared/ipc';
import { createBrowserHostApi } from './browserAdapter';
import { electronHostApi } from './electronAdapter';

let host: HostApi | undefined;
let electron = false;

/**
 * The HostApi of this runtime: Electron's preload when present, else the browser
 * adapter, which is then published under the same global name (`window.ercms`) so that
 * the page looks the same to scripts and tests in both shells.
 */
export function getHostApi(): HostApi {
  if (!host) {
    host = electronHostApi();
    electron = host !== undefined;
    if (!host) {
      host = createBrowserHostApi();
      Object.defineProperty(window, HOST_API_GLOBAL, { value: Object.freeze(host), writable: false, configurable: false });
    }
  }
  return host;
}

/** True in Electron (preload's HostApi), false in browser mode, where `window.ercms` is the browser adapter published above. */
export function runsInElectron(): boolean {
  getHostApi();
  return electron;
}

type ChannelOf<M extends HostApiMethod> = (typeof hostApiChannels)[M];

/** Calls a HostApi method and returns its value, throwing a HostError with a readable message. */
export async function callHost<M extends HostApiMethod>(method: M, request: IpcRequest<ChannelOf<M>>): Promise<IpcResponse<ChannelOf<M>>> {
  const call = getHostApi()[method] as (request: IpcRequest<ChannelOf<M>>) => Promise<IpcResult<IpcResponse<ChannelOf<M>>>>;
  return unwrapIpcResult(await call(request));
}
