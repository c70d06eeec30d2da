import { describe, expect, it } from 'vitest';
import en from '../../renderer/src/i18n/locales/en.json';
import fr from '../../renderer/src/i18n/locales/fr.json';
import nl from '../../renderer/src/i18n/locales/nl.json';
import sq from '../../renderer/src/i18n/locales/sq.json';

type Messages = { [key: string]: string | Messages };

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
const english = flatten(en);

describe.each([
  ['nl', nl],
  ['fr', fr],
  ['sq', sq],
])('translation %s', (_language, messages) => {
  const translated = flatten(messages);

  it('has every English key and no other', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has no empty text and keeps every interpolation placeholder', () => {
    for (const [key, text] of translated) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''));
    }
  });
});
