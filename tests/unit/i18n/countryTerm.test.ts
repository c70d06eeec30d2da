import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { albanianCountryNames, country, countryNameIn, countryPlaceholders, englishMessages, explain, isMessageKey, term } from '../../../shared/explanations';
import { countries } from '../../../shared/reference';
import { ruleCheck } from '../../../shared/rules';
import { explanationText } from '../../../renderer/src/i18n/explanationText';
import { translationsByLanguage } from '../../../renderer/src/i18n/i18n';
import type { Messages } from '../../../renderer/src/i18n/messageBundles';
import { appI18next } from './appI18next';

const translations = translationsByLanguage();
let instance: i18n;
beforeAll(async () => {
  instance = await appI18next();
});

const locales = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE', sq: 'sq-AL' } as const;
type Language = keyof typeof locales;

async function wordedIn(language: Language, key: Parameters<typeof explain>[0], params: Parameters<typeof explain>[1]): Promise<string> {
  const explanation = explain(key, params);
  await instance.changeLanguage(language);
  return explanationText(instance.t, locales[language], { messageKey: explanation.key, params: explanation.params, text: explanation.text });
}

function textAt(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const segment of ['explanations', ...key.split('.')]) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[segment];
  }
  return typeof node === 'string' ? node : undefined;
}

describe("a country in an explanation is a term: named in the reader's language, never shown as its code", () => {
  it('makes the code of a country placeholder a country term, in explain() and in a rule check', () => {
    const explanation = explain('rules.TST-1.met.text', { state: 'AL' });
    expect(explanation.params).toEqual({ state: country('AL') });
    expect(explanation.text).toBe('Nationality of Albania is proven.');
    const check = ruleCheck({
      id: 'TST-1',
      kind: 'condition',
      status: 'unknown',
      variant: 'claimed',
      legalBasis: 'ETS 112 Art. 3(1)(a)',
      verified: true,
      facts: {},
      params: { state: 'BR' },
      toChange: true,
    });
    expect(check.params).toEqual({ state: country('BR') });
    expect(check.text).toBe('Nationality of Brazil is only claimed, not proven.');
  });

  it('refuses another kind of term where a country is expected', () => {
    expect(() => explain('rules.TST-1.met.text', { state: term('role', 'caseworker') })).toThrow('names a country in {state}');
  });

  it.each([
    ['en', 'Nationality of Albania is proven.', 'Dublin transfer to Netherlands: eligible.', 'Readmission to Kosovo: eligible.'],
    ['nl', 'De nationaliteit van Albanië is bewezen.', 'Dublinoverdracht naar Nederland: komt in aanmerking.', 'Overname door Kosovo: komt in aanmerking.'],
    [
      'fr',
      'Nationalité prouvée (État : Albanie).',
      'Transfert Dublin (État membre : Pays-Bas) : admissible.',
      'Réadmission (État requis : Kosovo) : admissible.',
    ],
    [
      'sq',
      'Shtetësia është e provuar (shteti: Shqipëri).',
      'Transferimi Dublin në Holandë: i përshtatshëm.',
      'Ripranimi (shteti i kërkuar: Kosovë): i përshtatshëm.',
    ],
  ] as const)('%s names the country', async (language, nationality, dublin, readmission) => {
    expect(await wordedIn(language, 'rules.TST-1.met.text', { state: 'AL' })).toBe(nationality);
    expect(await wordedIn(language, 'rules.route.dublin.eligible', { memberState: 'NL' })).toBe(dublin);
    expect(await wordedIn(language, 'rules.route.readmission.eligible', { state: 'XK' })).toBe(readmission);
    const removal = await wordedIn(language, 'unmet.travel_document_or_readmission', { destination: 'BR' });
    expect(removal).not.toMatch(/\bBR\b/);
    expect(removal).toContain({ en: 'Brazil', nl: 'Brazilië', fr: 'Brésil', sq: 'Brazil' }[language]);
  });

  it('bundles Albanian names (Chromium has no Albanian locale data) equal to the CLDR names of a full-ICU engine', () => {
    expect(Intl.DisplayNames.supportedLocalesOf(['sq'])).toEqual(['sq']);
    const cldr = new Intl.DisplayNames(['sq'], { type: 'region' });
    const codes = Object.keys(countries);
    expect(Object.keys(albanianCountryNames).sort()).toEqual([...codes].sort());
    for (const code of codes.filter((candidate) => candidate !== 'XK'))
      expect(albanianCountryNames[code as keyof typeof albanianCountryNames], code).toBe(cldr.of(code));
    expect(countryNameIn('sq-AL', 'AL')).toBe('Shqipëri');
    expect(countryNameIn('fr-BE', 'XK')).toBe('Kosovo');
  });

  it('shows a code no locale names as it is (e.g. an unknown requested state)', async () => {
    expect(await wordedIn('fr', 'rules.route.readmission.needs_review', { state: '?' })).toBe('Réadmission (État requis : ?) : à examiner.');
  });

  // The locale gives a bare name ("Albanie", "Shqipëri"): French needs an article before it and
  // Albanian declines it, so those texts put it after a colon or in brackets (Albanian also after "në").
  it.each([
    ['fr', /(: |\()$/],
    ['sq', /(: |\(|në )$/],
  ] as const)('%s never puts a country name where an article or a case ending is needed', (language, allowedBefore) => {
    const placed: string[] = [];
    for (const key of Object.keys(englishMessages).filter(isMessageKey)) {
      const text = textAt(translations[language], key) ?? '';
      for (const name of countryPlaceholders) {
        for (const match of text.matchAll(new RegExp(`\\{\\{${name}\\}\\}`, 'g'))) {
          placed.push(key);
          const before = text.slice(0, match.index);
          expect(before, `${language}: explanations.${key}`).toMatch(allowedBefore);
        }
      }
    }
    expect(placed.length).toBeGreaterThan(40);
  });
});
