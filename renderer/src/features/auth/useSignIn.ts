import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../../shared/model/actor';
import { PasswordChangeRequiredError } from '../../db/errors';
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
  /** Set when the password was right but reset by an administrator: the screen then asks for a new one. */
  const [changeRequired, setChangeRequired] = useState<Credentials>();

  function open(actor: Actor, credentials: Credentials): void {
    signIn({ ...actor, username: credentials.username.trim().toLowerCase() }, workspaceForRole(actor.role, credentials.workspace));
  }

  async function attempt(work: () => Promise<void>): Promise<void> {
    setPending(true);
    setError(undefined);
    try {
      await work();
    } catch (caught) {
      setError(authErrorMessage(caught, t));
    } finally {
      setPending(false);
    }
  }

  async function submit(credentials: Credentials): Promise<void> {
    await attempt(async () => {
      try {
        open(await accountDirectory().authenticate(credentials.username, credentials.password), credentials);
      } catch (caught) {
        if (!(caught instanceof PasswordChangeRequiredError)) throw caught;
        setChangeRequired(credentials);
      }
    });
  }

  /** The new password after a reset: the store checks the temporary one again, saves the new one and opens the session. */
  async function changePassword(newPassword: string): Promise<void> {
    const credentials = changeRequired;
    if (!credentials) return;
    await attempt(async () => {
      open(await accountDirectory().completePasswordChange(credentials.username, credentials.password, newPassword), credentials);
    });
  }

  return { submit, changePassword, changeRequired: changeRequired !== undefined, pending, error };
}
