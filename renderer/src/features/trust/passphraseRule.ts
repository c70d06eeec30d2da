import { MIN_PASSPHRASE_LENGTH } from '../../db/backupSeal';

export { MIN_PASSPHRASE_LENGTH };

/** A sentence this long is strong enough whatever characters it uses. */
const LONG_PASSPHRASE = 20;

export type PassphraseProblem = 'tooShort' | 'weak' | 'mismatch';

/**
 * The backup passphrase rule of the backup screen: at least 12 characters (the store's
 * minimum), and either 20 or more, or letters with digits or signs; never mostly one
 * repeated character. Then typed twice the same.
 */
export function passphraseProblem(passphrase: string, repeated: string): PassphraseProblem | undefined {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  const distinct = new Set(passphrase.toLowerCase()).size;
  const letters = /\p{L}/u.test(passphrase);
  const others = /[^\p{L}\s]/u.test(passphrase);
  if (distinct < 6 || (passphrase.length < LONG_PASSPHRASE && !(letters && others))) return 'weak';
  if (passphrase !== repeated) return 'mismatch';
  return undefined;
}
