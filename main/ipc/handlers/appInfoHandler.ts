import type { IpcHandler } from '../registerIpcHandler';

export interface AppInfoDependencies {
  readonly getVersion: () => string;
  readonly getLocale: () => string;
  readonly platform: NodeJS.Platform;
}

/** `app:info`: version, platform and the system locale (to suggest the UI language). */
export function createAppInfoHandler(dependencies: AppInfoDependencies): IpcHandler<'app:info'> {
  return () =>
    Promise.resolve({
      version: dependencies.getVersion(),
      platform: dependencies.platform,
      locale: dependencies.getLocale(),
      shell: 'electron',
    });
}
