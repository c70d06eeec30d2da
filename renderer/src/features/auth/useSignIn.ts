import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../db/workspace';
import { useSessionStore } from '../../stores/sessionStore';
import { authErrorMessage } from './authErrorMessage';
import { accountDirectory } from '../../store/workspaceStore';
import { workspaceForRole } from '../../store/workspaceAccess';

export interface Credentials {
  username: string;
  password: string;
  workspace: Workspace;
}

/** Checks the credentials against the account directory and opens the session. */
export function useSignIn() {
  const { t } = useTranslation();
  const signIn = useSessionStore((state) => state.signIn);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(credentials: Credentials): Promise<void> {
    setPending(true);
    setError(undefined);
    try {
      const actor = await accountDirectory().authenticate(credentials.username, credentials.password);
      signIn({ ...actor, username: credentials.username.trim().toLowerCase() }, workspaceForRole(actor.role, credentials.workspace));
    } catch (caught) {
      setError(authErrorMessage(caught, t));
    } finally {
      setPending(false);
    }
  }

  return { submit, pending, error };
}
