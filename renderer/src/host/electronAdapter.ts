import { HOST_API_GLOBAL, type HostApi } from '../../../shared/ipc';

/** The HostApi that Electron's preload exposes on `window.ercms`, if this page runs in Electron. */
export function electronHostApi(): HostApi | undefined {
  const candidate: unknown = Reflect.get(window, HOST_API_GLOBAL);
  return isHostApi(candidate) ? candidate : undefined;
}

function isHostApi(value: unknown): value is HostApi {
  return (
    typeof value === 'object' &&
    value !== null &&
    ['appInfo', 'saveFile', 'openFile', 'printToPdf', 'sealAuditAnchor', 'readAuditAnchor', 'sealDataKeyWrap', 'unsealDataKeyWrap'].every(
      (method) => typeof Reflect.get(value, method) === 'function',
    )
  );
}
