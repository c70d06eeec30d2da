import { describe, expect, it } from 'vitest';
import { passphraseProblem } from '../../../../renderer/src/features/trust/passphraseRule';

describe('backup passphrase rule', () => {
  it.each([
    ['short1!', 'tooShort'],
    ['aaaaaaaaaaaaaaaa', 'weak'],
    ['onlylettershere', 'weak'],
    ['121212121212121212121212', 'weak'],
  ])('refuses %s (%s)', (passphrase, problem) => {
    expect(passphraseProblem(passphrase, passphrase)).toBe(problem);
  });

  it.each(['Lisbon 2026 backup!', 'correct horse battery staple', 'ramadan-kareem-7'])('accepts %s typed twice the same', (passphrase) => {
    expect(passphraseProblem(passphrase, passphrase)).toBeUndefined();
    expect(passphraseProblem(passphrase, `${passphrase} `)).toBe('mismatch');
  });
});
