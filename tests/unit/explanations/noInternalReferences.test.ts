import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationIn, englishMessages, englishTerms } from '../../../shared/explanations';
import { workflowActions } from '../../../shared/workflow';

/**
 * Issue 11 item 7: no internal reference ("domain.md §5(b)", "[S62]", "[unverified …]")
 * reaches the screen or an export, in any of the four languages: every explanation text
 * (the English catalogue and its nl/fr/sq translations) and every action's basis as each
 * language cites it.
 */
const internal = /domain\.md|architecture\.md|\[S\d+\]|\[V\d+\]|\[unverified|§\s?5\(|\bS\d{2}\b/;

type Bundle = { [key: string]: string | Bundle };

function texts(bundle: Bundle, path = ''): [string, string][] {
  return Object.entries(bundle).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${path}${key}`, value] as [string, string]] : texts(value, `${path}${key}.`),
  );
}

const folder = join(import.meta.dirname, '..', '..', '..', 'renderer', 'src', 'features', 'case-file', 'explanations');
const translations = (['nl', 'fr', 'sq'] as const).map(
  (language) => [language, JSON.parse(readFileSync(join(folder, `${language}.json`), 'utf8')) as Bundle] as const,
);

describe('no internal reference in an explanation, in four languages', () => {
  it('the scan reads every bundle (each has the translated catalogue)', () => {
    for (const [, bundle] of translations) expect(texts(bundle).length).toBeGreaterThan(Object.keys(englishMessages).length / 2);
  });

  it('English: catalogue and terms', () => {
    const english: [string, string][] = [
      ...Object.entries(englishMessages),
      ...Object.entries(englishTerms).flatMap(([group, words]) => Object.entries(words).map(([key, word]): [string, string] => [`${group}.${key}`, word])),
    ];
    expect(english.filter(([, text]) => internal.test(text))).toEqual([]);
  });

  it.each(translations.map(([language, bundle]) => [language, bundle] as const))('%s: every translated explanation', (_language, bundle) => {
    expect(texts(bundle).filter(([, text]) => internal.test(text))).toEqual([]);
  });

  it.each(['en', 'nl', 'fr', 'sq'])('%s: every action basis as cited', (language) => {
    expect(workflowActions.map((action) => citationIn(action.legalBasis, language)).filter((text) => internal.test(text))).toEqual([]);
  });

  it('the pattern catches the forms seen before (so the scan can fail)', () => {
    expect(['domain.md §5(b)', 'Benelux practice [S19]', '[unverified: read]'].every((text) => internal.test(text))).toBe(true);
  });
});
