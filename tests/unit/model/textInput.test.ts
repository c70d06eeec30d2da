import { describe, expect, it } from 'vitest';
import { FamilyLinkSchema } from '../../../shared/model/familyLink';
import { IdentitySchema } from '../../../shared/model/identity';
import { PersonSchema } from '../../../shared/model/person';
import { NoteSchema, textMessageKeys } from '../../../shared/model/primitives';

const meta = {
  id: '6f1d1a52-4c8e-4a51-9d55-8e0f7c4f2a10',
  createdAt: '2026-11-23T09:00:00Z',
  updatedAt: '2026-11-23T09:00:00Z',
  updatedBy: 'user-1',
  version: 1,
};
const identity = { ...meta, familyName: 'Hoxha', givenNames: 'Arben', primary: true, source: 'declared' as const, confidence: 'low' as const };
const person = { ...meta, sex: 'male' as const, dateOfBirthEstimated: false, languages: [], stateless: false, biometricReferences: [] };

function messageKeyOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; params?: unknown }[] };
}): { path: string; key: unknown } | undefined {
  const issue = result.error?.issues[0] as { path: PropertyKey[]; params?: { messageKey?: unknown } } | undefined;
  return issue ? { path: issue.path.join('.'), key: issue.params?.messageKey } : undefined;
}

describe('names and free text', () => {
  it('are NFC-normalised: a combining cedilla becomes the precomposed letter', () => {
    const parsed = IdentitySchema.parse({ ...identity, familyName: 'C\u0327ela', givenNames: 'E\u0300' });
    expect(parsed.familyName).toBe('\u00C7ela');
    expect(parsed.givenNames).toBe('\u00C8');
    expect(NoteSchema.parse('Cafe\u0301')).toBe('Caf\u00E9');
  });

  it.each([
    ['right-to-left override', 'Ali\u202Eexe.txt'],
    ['left-to-right embedding', 'Ali\u202Ahoxha'],
    ['first strong isolate', 'Ali\u2068x'],
    ['zero-width space', 'Ho\u200Bxha'],
    ['byte order mark', '\uFEFFHoxha'],
    ['control character', 'Hox\u0007ha'],
    ['line break', 'Hoxha\nBerisha'],
    ['C1 control', 'Hoxha\u0085'],
  ])('refuse a %s in a name, naming the field', (_what, familyName) => {
    const result = IdentitySchema.safeParse({ ...identity, familyName });
    expect(result.success).toBe(false);
    expect(messageKeyOf(result)).toEqual({ path: 'familyName', key: textMessageKeys.invisibleCharacters });
  });

  it('keep ZWJ and ZWNJ, which scripts such as Persian need', () => {
    expect(IdentitySchema.safeParse({ ...identity, familyName: 'می\u200Cخواهم', givenNames: 'क्\u200Dष' }).success).toBe(true);
  });

  it('refuse spoofing characters in a relative’s name and in notes, but keep line breaks in notes', () => {
    const link = { ...meta, relation: 'child', name: 'Ana\u202E', minor: true, accompanying: true };
    expect(messageKeyOf(FamilyLinkSchema.safeParse(link))).toEqual({ path: 'name', key: textMessageKeys.invisibleCharacters });
    expect(NoteSchema.safeParse('first line\nsecond line\tindented').success).toBe(true);
    expect(NoteSchema.safeParse('looks fine\u202Eenil dnoces').success).toBe(false);
  });
});

describe('date of birth', () => {
  it('refuses a date in the future and accepts today and the past', () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const result = PersonSchema.safeParse({ ...person, dateOfBirth: tomorrow });
    expect(messageKeyOf(result)).toEqual({ path: 'dateOfBirth', key: textMessageKeys.dateOfBirthInFuture });
    expect(PersonSchema.safeParse({ ...person, dateOfBirth: '2099-12-31' }).success).toBe(false);
    expect(PersonSchema.safeParse({ ...person, dateOfBirth: new Date().toISOString().slice(0, 10) }).success).toBe(true);
    expect(PersonSchema.safeParse({ ...person, dateOfBirth: '1990-02-28' }).success).toBe(true);
    const child = { ...meta, relation: 'child', name: 'Ana', minor: true, accompanying: true, dateOfBirth: '2099-01-01' };
    expect(FamilyLinkSchema.safeParse(child).success).toBe(false);
  });
});
