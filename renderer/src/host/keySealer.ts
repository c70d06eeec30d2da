import { unwrapIpcResult, type HostApi } from '../../../shared/ipc';
import { KeysBoundElsewhereError } from '../db/errors';
import type { KeySealer } from '../db/keySeal';
import { getHostApi, runsInElectron } from './host';

/**
 * In Electron: the accounts' data-key wraps sealed with safeStorage through the `keys:seal` /
 * `keys:unseal` channels (main/ipc/handlers/keySealHandler.ts). In browser mode there is none
 * (undefined): the wraps stay password-only, as the browser adapter's channels also answer.
 */
export function hostKeySealer(host: HostApi | undefined = runsInElectron() ? getHostApi() : undefined): KeySealer | undefined {
  if (!host) return undefined;
  return {
    async seal(wrapped) {
      const result = unwrapIpcResult(await host.sealDataKeyWrap({ wrapped }));
      return result.status === 'sealed' ? result.sealed : undefined;
    },
    async unseal(sealed) {
      const result = unwrapIpcResult(await host.unsealDataKeyWrap({ sealed }));
      if (result.status === 'unsealed') return result.wrapped;
      throw new KeysBoundElsewhereError(result.status === 'unavailable' ? 'keychainUnavailable' : 'otherComputer');
    },
  };
}
