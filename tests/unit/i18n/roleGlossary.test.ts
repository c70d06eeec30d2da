import { describe, expect, it } from 'vitest';
import { bundlesOf, flatten } from './localeBundles';
import { RoleSchema } from '../../../shared/model/actor';
import { mergeMessageBundles } from '../../../renderer/src/i18n/messageBundles';

/**
 * One term per role in each language (issue 12, point 5): the glossary is `roles.<role>` of the
 * common bundle; every other role name (`auth.roles`, `caseFile.roles`, the explanations'
 * `terms.role`) says the same, and no text uses another word for a role.
 */

/** Resolves i18next's `$t(key)` nesting, as the interface shows the text. */
function resolved(texts: Map<string, string>, text: string): string {
  return text.replace(/\$t\(([\w.]+)\)/g, (whole, key: string) => texts.get(key) ?? whole);
}

/** Other words for a role that have crept into the bundles before: each language's glossary term replaces them. */
const otherWords: Readonly<Record<string, readonly RegExp[]>> = {
  en: [/\bcase ?officers?\b/i, /\bcase handlers?\b/i, /\bcase workers?\b/i],
  fr: [/\bagents? traitants?\b/i, /\bgestionnaires?\b(?! de dossiers)/i],
  nl: [/(?<!dossier)behandelaars?\b/i, /\bdossierbeheerders?\b/i],
  sq: [/\bpunonjës rastesh\b/i, /\bpunonjës(?:i)? i çështjes\b/i],
};

const roleKey = new RegExp(`(?:^|\\.)roles?\\.(${RoleSchema.options.join('|')})$`);

describe.each(['en', 'fr', 'nl', 'sq'])('role glossary (%s)', (language) => {
  const texts = flatten(mergeMessageBundles(bundlesOf(language)));

  it('names every role in the glossary', () => {
    for (const role of RoleSchema.options) expect(texts.get(`roles.${role}`)?.trim(), role).toBeTruthy();
  });

  it('says each role with the glossary term wherever a role is named by its key', () => {
    const named = [...texts].filter(([key]) => roleKey.test(key) && !key.startsWith('roles.'));
    expect(named.length).toBeGreaterThan(0);
    for (const [key, text] of named) {
      const role = roleKey.exec(key)?.[1] ?? '';
      // The explanations write the role inside a sentence, in lower case.
      expect(resolved(texts, text).toLocaleLowerCase(language), key).toBe((texts.get(`roles.${role}`) ?? '').toLocaleLowerCase(language));
    }
  });

  it('uses no other word for a role in any text', () => {
    const offending = [...texts].filter(([, text]) => (otherWords[language] ?? []).some((word) => word.test(text))).map(([key, text]) => `${key}: ${text}`);
    expect(offending).toEqual([]);
  });
});
