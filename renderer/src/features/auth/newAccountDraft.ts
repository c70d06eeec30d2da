import type { Role } from '../../../../shared/model/actor';
import { passwordProblem, usernameProblem } from './credentialRules';

/** The roles an administrator gives to new accounts. */
export const assignableRoles = ['caseworker', 'supervisor', 'trainer', 'administrator'] as const satisfies readonly Role[];

export interface NewAccountDraft {
  displayName: string;
  username: string;
  role: Role;
  password: string;
}

export type NewAccountProblems = Partial<Record<keyof NewAccountDraft, string>>;

export const emptyNewAccount: NewAccountDraft = { displayName: '', username: '', role: 'caseworker', password: '' };

export function newAccountProblems(draft: NewAccountDraft): NewAccountProblems {
  const problems: NewAccountProblems = {};
  if (draft.displayName.trim().length === 0) problems.displayName = 'auth.validation.displayNameRequired';
  const username = usernameProblem(draft.username);
  if (username) problems.username = username;
  const password = passwordProblem(draft.password);
  if (password) problems.password = password;
  return problems;
}
