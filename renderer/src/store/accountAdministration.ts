import type { Actor, Role } from '../../../shared/model/actor';
import { accountDirectory, workspaceStore } from './workspaceStore';

/**
 * The administrator's account changes (userRepository.ts), each an audit event. Deleting
 * looks for the account in both workspaces' audit trails and cases: accounts live in the
 * production database but act in training too.
 */
export const accountAdministration = {
  setActive: (actor: Actor, userId: string, active: boolean) => accountDirectory().setActive(actor, userId, active),
  setRole: (actor: Actor, userId: string, role: Role) => accountDirectory().setRole(actor, userId, role),
  resetPassword: (actor: Actor, userId: string, temporaryPassword: string) => accountDirectory().resetPassword(actor, userId, temporaryPassword),
  unlock: (actor: Actor, userId: string) => accountDirectory().unlockAccount(actor, userId),
  delete: (actor: Actor, userId: string) => accountDirectory().deleteUser(actor, userId, [workspaceStore('training').db]),
};
