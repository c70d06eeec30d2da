import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc';
import { callHost } from '../host';

/** The host's version, platform and shell, read once. */
export function useAppInfo(): AppInfo | undefined {
  const [appInfo, setAppInfo] = useState<AppInfo>();
  useEffect(() => {
    let active = true;
    callHost('appInfo', {})
      .then((info) => {
        if (active) setAppInfo(info);
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, []);
  return appInfo;
}
