import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import rule that keeps the layers apart (architecture.md): proven by linting
 * deliberate violations as if they were files of each layer.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-globals').map((message) => message.message);
}

describe('layering lint rule', () => {
  it.each([
    ['shared/ imports renderer/', 'shared/model/violation.ts', "import { App } from '../../renderer/src/app/App';\nexport const x = App;\n", 'shared/ must not import renderer/'],
    ['shared/ imports main/', 'shared/model/violation.ts', "import { start } from '../../main/tools/start';\nexport const x = start;\n", 'shared/ must not import main/'],
    ['shared/ imports a Node builtin', 'shared/rules/violation.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'shared/ must stay free of Electron, DOM and Node'],
    ['shared/ imports Electron', 'shared/rules/violation.ts', "import { app } from 'electron';\nexport const x = app;\n", 'shared/ must stay free of Electron, DOM and Node'],
    ['main/ imports renderer/', 'main/ipc/violation.ts', "import { App } from '../../renderer/src/app/App';\nexport const x = App;\n", 'main/ and renderer/ meet only through shared/ipc'],
    ['renderer/ imports main/', 'renderer/src/violation.ts', "import { start } from '../../main/tools/start';\nexport const x = start;\n", 'main/ and renderer/ meet only through shared/ipc'],
    ['renderer/ imports Electron', 'renderer/src/violation.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n", 'The renderer reaches the machine only through host/'],
  ])('refuses: %s', async (_title, filePath, code, expected) => {
    const messages = await restrictedImportMessages(filePath, code);
    expect(messages.some((message) => message.includes(expected))).toBe(true);
  });

  it('refuses DOM globals in shared/', async () => {
    const messages = await restrictedImportMessages('shared/rules/violation.ts', 'export const title = document.title;\n');
    expect(messages.join('\n')).toContain("'document'");
  });

  it('allows main/ and renderer/ to import shared/', async () => {
    expect(await restrictedImportMessages('main/ipc/ok.ts', "import { ipcChannels } from '../../shared/ipc';\nexport const x = ipcChannels;\n")).toEqual([]);
    expect(await restrictedImportMessages('renderer/src/ok.ts', "import { ipcChannels } from '../../shared/ipc';\nexport const x = ipcChannels;\n")).toEqual([]);
  });
});

describe('no hard-coded UI text in components', () => {
  async function i18nMessages(code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: 'renderer/src/features/sample/Sample.tsx' });
    return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => message.message);
  }

  it('refuses words written in JSX text', async () => {
    expect(await i18nMessages('export const Sample = () => <p>Case file</p>;\n')).toHaveLength(1);
    expect(await i18nMessages('export const Sample = () => <p>Dossier ë</p>;\n')).toHaveLength(1);
  });

  it('refuses words in labels and accessible names', async () => {
    expect(await i18nMessages('export const Sample = () => <input aria-label="Search" />;\n')).toHaveLength(1);
    expect(await i18nMessages('export const Sample = () => <Field label="Name" />;\n')).toHaveLength(1);
  });

  it('allows translated text, numbers and punctuation', async () => {
    expect(await i18nMessages("export const Sample = ({ t }: { t: (k: string) => string }) => <p aria-label={t('a')}>{t('b')} · 42 —</p>;\n")).toEqual([]);
  });
});
