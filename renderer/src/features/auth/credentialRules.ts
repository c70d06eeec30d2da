import { MIN_PASSWORD_LENGTH } from '../../db/userRepository';

/**
 * The account rules of the store (userRepository.ts), checked in the form first so that
 * the message is in the user's language. Each returns a translation key or undefined.
 */
export function usernameProblem(username: string): string | undefined {
  const trimmed = username.trim().toLowerCase();
  if (trimmed.length === 0) return 'auth.validation.usernameRequired';
  return /^[a-z0-9._-]{2,100}$/.test(trimmed) ? undefined : 'auth.validation.usernameFormat';
}

export function passwordProblem(password: string): string | undefined {
  return password.length < MIN_PASSWORD_LENGTH ? 'auth.validation.passwordLength' : undefined;
}

export function confirmationProblem(password: string, confirmation: string): string | undefined {
  return password === confirmation ? undefined : 'auth.validation.passwordMismatch';
}

export { MIN_PASSWORD_LENGTH };
