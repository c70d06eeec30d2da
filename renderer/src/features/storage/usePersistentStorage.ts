import { useEffect, useState } from 'react';
import { requestPersistentStorage, type PersistentStorageState } from '../../host/persistentStorage';

/** The browser's answer to the request for persistent storage, asked once per page load (undefined until it answers). */
let asked: Promise<PersistentStorageState> | undefined;

export function usePersistentStorage(): PersistentStorageState | undefined {
  const [state, setState] = useState<PersistentStorageState | undefined>();
  useEffect(() => {
    let current = true;
    asked ??= requestPersistentStorage();
    void asked.then((answer) => {
      if (current) setState(answer);
    });
    return () => {
      current = false;
    };
  }, []);
  return state;
}
