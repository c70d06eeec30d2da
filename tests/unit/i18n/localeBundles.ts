import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishExplanationBundle } from '../../../renderer/src/i18n/explanationText';
import type { Messages } from '../../../renderer/src/i18n/messageBundles';

/**
 * The message files of the renderer as the app loads them (renderer/src/i18n/i18n.ts): the common
 * bundle and each feature's `locales/` and `explanations/` folders; English also has the
 * explanations catalogue of shared/.
 */
const rendererSrc = join(import.meta.dirname, '../../../renderer/src');
const bundleFolders = [
  join(rendererSrc, 'i18n/locales'),
  ...readdirSync(join(rendererSrc, 'features')).flatMap((feature) => [
    join(rendererSrc, 'features', feature, 'locales'),
    join(rendererSrc, 'features', feature, 'explanations'),
  ]),
];

export function bundlesOf(language: string): Messages[] {
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

/** Every text by its dotted key. */
export function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}
