import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../stores/sessionStore';
import { authErrorMessage } from './authErrorMessage';
import { emptyNewAccount, newAccountProblems, type NewAccountDraft, type NewAccountProblems } from './newAccountDraft';
import { actorOf } from '../../store/signedInUser';
import { accountDirectory } from '../../store/workspaceStore';

/** The create-account form of Settings → Users; the store checks the administrator's permission again. */
export function useCreateUser() {
  const { t } = useTranslation();
  const user = useSessionStore((state) => state.user);
  const [draft, setDraft] = useState<NewAccountDraft>(emptyNewAccount);
  const [problems, setProblems] = useState<NewAccountProblems>({});
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  function change<K extends keyof NewAccountDraft>(name: K, value: NewAccountDraft[K]): void {
    setDraft((current) => ({ ...current, [name]: value }));
  }

  async function submit(): Promise<void> {
    if (!user) return;
    const found = newAccountProblems(draft);
    setProblems(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return;
    setPending(true);
    try {
      const created = await accountDirectory().createUser(actorOf(user), draft);
      notifications.show({ color: 'green', message: t('auth.users.created', { username: created.username }) });
      setDraft(emptyNewAccount);
    } catch (caught) {
      setError(authErrorMessage(caught, t));
    } finally {
      setPending(false);
    }
  }

  return { draft, change, submit, problems, error, pending };
}
