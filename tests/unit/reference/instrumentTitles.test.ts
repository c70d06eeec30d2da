import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishTerms } from '../../../shared/explanations';
import { instrumentTitles, readmissionAgreements, transferInstruments, dublinRegimes, type InstrumentId } from '../../../shared/reference';
import { assessTransferEligibility } from '../../../shared/rules';
import { explanationText } from '../../../renderer/src/i18n/explanationText';
import { buildCaseFile, buildCustody, buildNationality } from '../arbitraries/caseFileBuilder';
import { appI18next } from '../i18n/appI18next';

/**
 * Issue 11 item 8: each instrument's title in English, French, Dutch (official titles where
 * they exist: Council of Europe EN/FR authentic texts and the Dutch official translation,
 * Trb. 1983, 74 and Trb. 1998, 202; the EU's language versions) and Albanian, in reference
 * data; citations use the interface language's title.
 */
const ids = [...Object.keys(transferInstruments), ...Object.keys(readmissionAgreements), ...Object.keys(dublinRegimes)] as InstrumentId[];

function translationsOf(language: 'fr' | 'nl' | 'sq'): Record<string, string> {
  const bundle = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', '..', 'renderer', 'src', 'features', 'case-file', 'explanations', `${language}.json`), 'utf8'),
  ) as { explanations: { terms: { instrument: Record<string, string> } } };
  return bundle.explanations.terms.instrument;
}

describe('instrument titles in the four interface languages', () => {
  it('every instrument the rules name has a title in each language', () => {
    expect(Object.keys(instrumentTitles).sort()).toEqual([...ids].sort());
    for (const title of Object.values(instrumentTitles))
      for (const language of ['en', 'fr', 'nl', 'sq'] as const) expect(title.titles[language].length).toBeGreaterThan(10);
  });

  it.each(['fr', 'nl', 'sq'] as const)('the %s translations of the explanation terms are the reference titles (one source)', (language) => {
    const translated = translationsOf(language);
    for (const id of ids) expect(translated[id], id).toBe(instrumentTitles[id].titles[language]);
  });

  it('the English terms are the English titles', () => {
    for (const id of ids) expect(englishTerms.instrument[id]).toBe(instrumentTitles[id].titles.en);
  });
});

describe('a citation in the interface language', () => {
  let instance: i18n;
  beforeAll(async () => {
    instance = await appI18next();
  });

  // An Albanian national with an expulsion order: the summary names the Belgium–Albania agreement.
  const albanian = buildCaseFile({
    stage: 'TST_ASSESSMENT',
    nationalities: [buildNationality('AL', 'proven')],
    custody: buildCustody({
      judgmentFinal: true,
      expectedEnd: '2028-07-23',
      expulsionOrder: { reference: 'OQT-1', issuedOn: '2025-07-01', issuedBy: 'administration', copyOnFile: true },
      consent: { status: 'refused', byLegalRepresentative: false },
      opinion: { statement: 'Wishes to stay.', recordedOn: '2026-11-10' },
      dualCriminality: true,
      habituallyResidentInBelgiumAtArrest: false,
    }),
  });

  it.each<['en' | 'fr' | 'nl' | 'sq', string]>([
    ['en', 'en-GB'],
    ['fr', 'fr-BE'],
    ['nl', 'nl-BE'],
    ['sq', 'sq-AL'],
  ])('%s: the transfer summary names the instrument by its title in that language', async (language, locale) => {
    const assessment = assessTransferEligibility(albanian, '2026-11-23');
    await instance.changeLanguage(language);
    const text = explanationText(instance.t, locale, { messageKey: assessment.summaryKey, params: assessment.summaryParams, text: assessment.summary });
    expect(text).toContain(instrumentTitles.be_al_2010.titles[language]);
  });
});
