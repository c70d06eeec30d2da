import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../stores/sessionStore';
import { authErrorMessage } from './authErrorMessage';
import { confirmationProblem, passwordProblem, usernameProblem } from './credentialRules';
import { accountDirectory } from '../../store/workspaceStore';

export interface AdministratorDraft {
  displayName: string;
  username: string;
  password: string;
  confirmation: string;
}

export type AdministratorDraftProblems = Partial<Record<keyof AdministratorDraft, string>>;

export function administratorDraftProblems(draft: AdministratorDraft): AdministratorDraftProblems {
  const problems: AdministratorDraftProblems = {};
  if (draft.displayName.trim().length === 0) problems.displayName = 'auth.validation.displayNameRequired';
  const username = usernameProblem(draft.username);
  if (username) problems.username = username;
  const password = passwordProblem(draft.password);
  if (password) problems.password = password;
  const confirmation = confirmationProblem(draft.password, draft.confirmation);
  if (confirmation) problems.confirmation = confirmation;
  return problems;
}

/** First run: creates the administrator account, then signs them in to production. */
export function useFirstRun() {
  const { t } = useTranslation();
  const signIn = useSessionStore((state) => state.signIn);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [problems, setProblems] = useState<AdministratorDraftProblems>({});

  async function submit(draft: AdministratorDraft): Promise<void> {
    const found = administratorDraftProblems(draft);
    setProblems(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return;
    setPending(true);
    try {
      const profile = await accountDirectory().createFirstAdministrator({ username: draft.username, displayName: draft.displayName, password: draft.password });
      signIn({ userId: profile.id, displayName: profile.displayName, role: profile.role, username: profile.username }, 'production');
    } catch (caught) {
      setError(authErrorMessage(caught, t));
    } finally {
      setPending(false);
    }
  }

  return { submit, pending, error, problems };
}
