import { describe, expect, it } from 'vitest';
import { bundlesOf, flatten } from './i18n/localeBundles';
import { mergeMessageBundles } from '../../renderer/src/i18n/messageBundles';

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
