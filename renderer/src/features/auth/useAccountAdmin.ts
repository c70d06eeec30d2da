import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/model/actor';
import { accountAdministration } from '../../store/accountAdministration';
import { useCaseworkSession } from '../../store/useCaseworkSession';
import { userErrorMessage } from '../../ui/userErrorMessage';
import { useUserErrorText } from '../../ui/useUserErrorText';

export interface AdministeredAccount {
  id: string;
  username: string;
  displayName: string;
}

/**
 * The administrator's actions on one account (Settings → Users): each says what it did,
 * or why the store refused it, in the user's language. Returns true when it was done.
 */
export function useAccountAdmin() {
  const { t } = useTranslation();
  const errorText = useUserErrorText();
  const { actor } = useCaseworkSession();
  const [pending, setPending] = useState(false);

  async function run(work: () => Promise<unknown>, done: string): Promise<boolean> {
    if (!actor) return false;
    setPending(true);
    try {
      await work();
      notifications.show({ color: 'green', message: done });
      return true;
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(userErrorMessage(error)) });
      return false;
    } finally {
      setPending(false);
    }
  }

  return {
    pending,
    setActive: (account: AdministeredAccount, active: boolean) =>
      run(
        () => (actor ? accountAdministration.setActive(actor, account.id, active) : Promise.resolve()),
        t(active ? 'trust.accounts.reactivated' : 'trust.accounts.deactivated', { username: account.username }),
      ),
    setRole: (account: AdministeredAccount, role: Role) =>
      run(
        () => (actor ? accountAdministration.setRole(actor, account.id, role) : Promise.resolve()),
        t('trust.accounts.roleChanged', { username: account.username, role: t(`roles.${role}`) }),
      ),
    resetPassword: (account: AdministeredAccount, temporaryPassword: string) =>
      run(
        () => (actor ? accountAdministration.resetPassword(actor, account.id, temporaryPassword) : Promise.resolve()),
        t('trust.accounts.resetDone', { username: account.username }),
      ),
    unlock: (account: AdministeredAccount) =>
      run(() => (actor ? accountAdministration.unlock(actor, account.id) : Promise.resolve()), t('trust.accounts.unlocked', { username: account.username })),
    remove: (account: AdministeredAccount) =>
      run(() => (actor ? accountAdministration.delete(actor, account.id) : Promise.resolve()), t('trust.accounts.deleted', { username: account.username })),
  };
}
