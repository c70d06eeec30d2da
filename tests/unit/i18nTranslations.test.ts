import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishExplanationBundle } from '../../renderer/src/i18n/explanationText';
import { mergeMessageBundles, type Messages } from '../../renderer/src/i18n/messageBundles';

const rendererSrc = join(import.meta.dirname, '../../renderer/src');
const bundleFolders = [
  join(rendererSrc, 'i18n/locales'),
  ...readdirSync(join(rendererSrc, 'features')).flatMap((feature) => [
    join(rendererSrc, 'features', feature, 'locales'),
    join(rendererSrc, 'features', feature, 'explanations'),
  ]),
];

/** A language's bundles; English also has the explanations catalogue of shared/ (translated in features/<f>/explanations). */
function bundlesOf(language: string): Messages[] {
  const fromFiles = bundleFolders.flatMap((folder) => {
    try {
      return [JSON.parse(readFileSync(join(folder, `${language}.json`), 'utf8')) as Messages];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  });
  return language === 'en' ? [englishExplanationBundle(), ...fromFiles] : fromFiles;
}

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
const english = flatten(mergeMessageBundles(bundlesOf('en')));

describe.each(['nl', 'fr', 'sq'])('translation %s', (language) => {
  const translated = flatten(mergeMessageBundles(bundlesOf(language)));

  it('has every English key and no other', () => {
    expect(english.size).toBeGreaterThan(0);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has no empty text and keeps every interpolation placeholder', () => {
    for (const [key, text] of translated) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''));
    }
  });
});

describe('mergeMessageBundles', () => {
  it('refuses a key defined by two bundles', () => {
    expect(() => mergeMessageBundles([{ a: { b: 'x' } }, { a: { b: 'y' } }])).toThrow('Translation key "a.b" is defined twice');
  });
});
