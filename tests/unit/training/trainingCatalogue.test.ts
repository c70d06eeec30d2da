import { describe, expect, it } from 'vitest';
import { scenarioLibrary, scenarioIds, trainingEn, trainingFr, trainingNl, trainingSq, walkthroughs } from '../../../shared/training';

const catalogues = { en: trainingEn, nl: trainingNl, fr: trainingFr, sq: trainingSq };

function lookup(catalogue: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node !== null && typeof node === 'object' && part in node ? (node as Record<string, unknown>)[part] : undefined),
      catalogue,
    );
}

function leaves(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object') return [prefix];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

const keys = [
  ...scenarioLibrary.flatMap((entry) => [entry.titleKey, entry.storyKey, entry.teachingPointKey]),
  ...scenarioIds.flatMap((id) => walkthroughs[id].steps.map((step) => step.textKey)),
  ...['not_json', 'wrong_format', 'invalid', 'not_training', 'empty'].map((code) => `load.${code}`),
];

describe('the training catalogue', () => {
  it.each(Object.entries(catalogues))('has a text in %s for every scenario, walkthrough step and load error', (_language, catalogue) => {
    for (const key of keys) expect(typeof lookup(catalogue, key), key).toBe('string');
  });

  it('has the same keys in every language, and translated texts (not English copies)', () => {
    const english = leaves(trainingEn).sort();
    for (const [language, catalogue] of Object.entries(catalogues)) {
      expect(leaves(catalogue).sort(), language).toEqual(english);
      if (language === 'en') continue;
      const copies = english.filter((key) => lookup(catalogue, key) === lookup(trainingEn, key));
      expect(copies, language).toEqual([]);
    }
  });

  it('keeps the diacritics of Albanian and Kosovar names in every language', () => {
    for (const catalogue of Object.values(catalogues)) {
      expect(lookup(catalogue, 'scenario.voluntary-return-tiers.story')).toContain('Çela');
      expect(lookup(catalogue, 'scenario.family-with-minor.story')).toContain('Arbër');
    }
  });
});
