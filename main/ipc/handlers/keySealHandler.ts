import { PasswordWrappedKeySchema } from '../../../shared/ipc';
import type { IpcHandler } from '../registerIpcHandler';
import type { SafeStorageLike } from './auditAnchorHandler';

export interface KeySealDependencies {
  readonly safeStorage: SafeStorageLike;
  /**
   * Linux only: the password store safeStorage picked (`safeStorage.getSelectedStorageBackend`).
   * `basic_text` encrypts under a key that is the same on every machine: sealing with it
   * would bind nothing to this computer while the row claimed it does, so it counts as no key.
   */
  readonly storageBackend?: () => string;
}

/**
 * The `keys:seal` / `keys:unseal` channels: the account's password-wrapped data key sealed
 * once more with the operating system's key (docs/trust.md, "Electron safeStorage seal").
 * Main only ever holds that wrap, never the data key, and keeps nothing: the sealed form
 * goes back to the renderer, which stores it in the account's key-wrap row.
 */
export function createKeySealHandlers(dependencies: KeySealDependencies) {
  const available = (): boolean => dependencies.safeStorage.isEncryptionAvailable() && dependencies.storageBackend?.() !== 'basic_text';

  const seal: IpcHandler<'keys:seal'> = async (request) => {
    if (!available()) return { status: 'unavailable' as const };
    return { status: 'sealed' as const, sealed: dependencies.safeStorage.encryptString(request.wrapped).toString('base64') };
  };

  const unseal: IpcHandler<'keys:unseal'> = async (request) => {
    if (!available()) return { status: 'unavailable' as const };
    let wrapped: string;
    try {
      wrapped = dependencies.safeStorage.decryptString(Buffer.from(request.sealed, 'base64'));
    } catch {
      // Sealed under another machine's or OS account's key (a copied profile), or altered.
      return { status: 'unreadable' as const };
    }
    // What opened must be a wrap again, else the blob was not one of ours.
    return PasswordWrappedKeySchema.safeParse(wrapped).success ? { status: 'unsealed' as const, wrapped } : { status: 'unreadable' as const };
  };

  return { seal, unseal };
}
