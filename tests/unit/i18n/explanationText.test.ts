import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { explain, periodParams, term, terms } from '../../../shared/explanations';
import { unmet, type UnmetCondition } from '../../../shared/workflow';
import { explanationText } from '../../../renderer/src/i18n/explanationText';
import { unmetConditionText } from '../../../renderer/src/ui/unmetConditionText';
import { appI18next } from './appI18next';

let instance: i18n;

beforeAll(async () => {
  instance = await appI18next();
});

async function wordedIn(language: string, worded: () => string): Promise<string> {
  await instance.changeLanguage(language);
  return worded();
}

const locales: Record<string, string> = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE', sq: 'sq-AL' };

describe("explanationText: a shared/ message in the reader's language", () => {
  const stage = explain('unmet.stage', { stage: term('stage', 'INTAKE'), stages: terms('stage', ['RETURN_DECISION', 'FORCED_PREP'], 'or') });
  const message = { messageKey: stage.key, params: stage.params, text: stage.text };

  it("translates the message and the coded values it lists, joined the language's way", async () => {
    const say = (language: string) => wordedIn(language, () => explanationText(instance.t, locales[language] ?? 'en-GB', message));
    expect(await say('en')).toBe('Not possible at the stage intake: this step applies at return decision or forced return in preparation.');
    expect(await say('fr')).toBe("Impossible à l'étape accueil : cette étape s'applique à décision de retour ou retour forcé en préparation.");
    expect(await say('nl')).toBe('Niet mogelijk in de fase opname: deze stap hoort bij terugkeerbesluit of gedwongen terugkeer in voorbereiding.');
    expect(await say('sq')).toContain('Nuk është e mundur në fazën regjistrimi');
  });

  it('shows calendar dates in the locale and periods with their translated unit', async () => {
    const ceiling = explain('unmet.return_directive_ceiling', { days: 548, ...periodParams({ amount: 18, unit: 'months' }) });
    const dated = explain('unmet.detention_maximum_reached', { date: '2026-12-05' });
    await instance.changeLanguage('fr');
    expect(explanationText(instance.t, 'fr-BE', { messageKey: ceiling.key, params: ceiling.params, text: ceiling.text })).toContain(
      'le plafond de 18 mois est atteint',
    );
    expect(explanationText(instance.t, 'fr-BE', { messageKey: dated.key, params: dated.params, text: dated.text })).toContain("jusqu'au 5 déc. 2026");
    await instance.changeLanguage('nl');
    expect(explanationText(instance.t, 'nl-BE', { messageKey: ceiling.key, params: ceiling.params, text: ceiling.text })).toContain(
      'het maximum van 18 maanden is bereikt',
    );
  });

  it('words an English-only condition through caseFile.unmet.<id>, else in English', async () => {
    const legacy: UnmetCondition = unmet('no_such_condition', 'Something only said in English.', 'none');
    await instance.changeLanguage('fr');
    expect(unmetConditionText((m) => explanationText(instance.t, 'fr-BE', m), legacy)).toBe('Something only said in English.');
  });
});
