import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint rules that keep the layers apart (docs/architecture.md): proven by linting
 * deliberate violations as if they were files of each layer, and a lawful file beside each.
 */
const eslint = new ESLint({ cwd: process.cwd() });

const importRules = new Set(['no-restricted-imports', 'no-restricted-globals', 'ercms/renderer-boundaries']);

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId !== null && importRules.has(message.ruleId)).map((message) => message.message);
}

describe('layering lint rule', () => {
  it.each([
    [
      'shared/ imports renderer/',
      'shared/model/violation.ts',
      "import { App } from '../../renderer/src/app/App';\nexport const x = App;\n",
      'shared/ must not import renderer/',
    ],
    [
      'shared/ imports main/',
      'shared/model/violation.ts',
      "import { start } from '../../main/tools/start';\nexport const x = start;\n",
      'shared/ must not import main/',
    ],
    [
      'shared/ imports a Node builtin',
      'shared/rules/violation.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      'shared/ must stay free of Electron, DOM and Node',
    ],
    [
      'shared/ imports Electron',
      'shared/rules/violation.ts',
      "import { app } from 'electron';\nexport const x = app;\n",
      'shared/ must stay free of Electron, DOM and Node',
    ],
    [
      'main/ imports renderer/',
      'main/ipc/violation.ts',
      "import { App } from '../../renderer/src/app/App';\nexport const x = App;\n",
      'main/ and renderer/ meet only through shared/ipc',
    ],
    [
      'renderer/ imports main/',
      'renderer/src/violation.ts',
      "import { start } from '../../main/tools/start';\nexport const x = start;\n",
      'main/ and renderer/ meet only through shared/ipc',
    ],
    [
      'renderer/ imports Electron',
      'renderer/src/violation.ts',
      "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
      'The renderer reaches the machine only through host/',
    ],
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
    expect(await restrictedImportMessages('renderer/src/ok.ts', "import { ipcChannels } from '../../shared/ipc';\nexport const x = ipcChannels;\n")).toEqual(
      [],
    );
  });
});

describe('shared/ stays free of UI libraries', () => {
  it.each([
    ['React', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['zustand', "import { create } from 'zustand';\nexport const x = create;\n"],
    ['Mantine', "import { Button } from '@mantine/core';\nexport const x = Button;\n"],
    ['i18next', "import i18next from 'i18next';\nexport const x = i18next;\n"],
    ['react-i18next', "import { useTranslation } from 'react-i18next';\nexport const x = useTranslation;\n"],
  ])('refuses %s in shared/', async (_library, code) => {
    const messages = await restrictedImportMessages('shared/rules/violation.ts', code);
    expect(messages.some((message) => message.includes('shared/ must stay free of React, zustand, Mantine, i18next'))).toBe(true);
  });

  it('allows zod and date-fns in shared/', async () => {
    expect(
      await restrictedImportMessages('shared/rules/ok.ts', "import { z } from 'zod';\nimport { addDays } from 'date-fns';\nexport const x = [z, addDays];\n"),
    ).toEqual([]);
  });
});

describe('features never import each other', () => {
  it.each([
    ['cases imports intake', 'renderer/src/features/cases/violation.ts', "import { IntakePage } from '../intake/IntakePage';\nexport const x = IntakePage;\n"],
    [
      'a nested case-file file imports intake',
      'renderer/src/features/case-file/panels/violation.tsx',
      "import { intakeSteps } from '../../intake/intakeSteps';\nexport const x = intakeSteps;\n",
    ],
    ['approvals re-exports case-file', 'renderer/src/features/approvals/violation.ts', "export { caseStore } from '../case-file/caseStore';\n"],
    [
      'settings imports auth by a type',
      'renderer/src/features/settings/violation.ts',
      "import type { SignedInUser } from '../auth/signedInUser';\nexport type X = SignedInUser;\n",
    ],
  ])('refuses: %s', async (_title, filePath, code) => {
    const messages = await restrictedImportMessages(filePath, code);
    expect(messages.some((message) => message.includes('features never import each other'))).toBe(true);
  });

  it('refuses a feature importing app/, which composes the features', async () => {
    const messages = await restrictedImportMessages(
      'renderer/src/features/auth/violation.tsx',
      "import { LanguageSwitcher } from '../../app/LanguageSwitcher';\nexport const x = LanguageSwitcher;\n",
    );
    expect(messages.some((message) => message.includes('a feature imports only renderer/src/{ui,db,store,host,stores,i18n}/'))).toBe(true);
  });

  it('refuses the shared kit importing a feature', async () => {
    const messages = await restrictedImportMessages(
      'renderer/src/stores/violation.ts',
      "import { noFilters } from '../features/cases/caseListFilters';\nexport const x = noFilters;\n",
    );
    expect(messages.some((message) => message.includes('the shared kit never depends on a feature'))).toBe(true);
    const fromUi = await restrictedImportMessages('renderer/src/ui/form/violation.ts', "import { App } from '../../app/App';\nexport const x = App;\n");
    expect(fromUi.some((message) => message.includes('the shared kit never depends on a feature'))).toBe(true);
  });

  it('allows a feature its own folder, the kit, shared/ and packages; and app/ the features', async () => {
    const code = [
      "import { Button } from '@mantine/core';",
      "import { caseListRow } from './caseListRow';",
      "import { CaseCell } from '../cases/CaseCell';",
      "import { TextField } from '../../ui/form/fields/TextField';",
      "import { useCaseRepository } from '../../store/useCaseRepository';",
      "import { caseQuery } from '../../db/caseQuery';",
      "import { host } from '../../host';",
      "import { useSessionStore } from '../../stores/sessionStore';",
      "import { localeOf } from '../../i18n';",
      "import { caseFileSchema } from '../../../../shared/model';",
      'export const x = [Button, caseListRow, CaseCell, TextField, useCaseRepository, caseQuery, host, useSessionStore, localeOf, caseFileSchema];',
      '',
    ].join('\n');
    expect(await restrictedImportMessages('renderer/src/features/cases/ok.ts', code)).toEqual([]);
    expect(
      await restrictedImportMessages(
        'renderer/src/app/ok.tsx',
        "import { CaseListPage } from '../features/cases/CaseListPage';\nexport const x = CaseListPage;\n",
      ),
    ).toEqual([]);
  });
});

describe("Dexie only in the store's room", () => {
  it.each([
    ['a feature imports dexie', 'renderer/src/features/intake/violation.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n"],
    [
      'a feature imports dexie-react-hooks',
      'renderer/src/features/cases/violation.ts',
      "import { useLiveQuery } from 'dexie-react-hooks';\nexport const x = useLiveQuery;\n",
    ],
    ['the ui kit imports dexie', 'renderer/src/ui/violation.ts', "import { liveQuery } from 'dexie';\nexport const x = liveQuery;\n"],
    ['app/ imports dexie-react-hooks', 'renderer/src/app/violation.ts', "import { useLiveQuery } from 'dexie-react-hooks';\nexport const x = useLiveQuery;\n"],
  ])('refuses: %s', async (_title, filePath, code) => {
    const messages = await restrictedImportMessages(filePath, code);
    expect(messages.some((message) => message.includes('Dexie is used only inside renderer/src/db/ and renderer/src/store/'))).toBe(true);
  });

  it('allows Dexie in renderer/src/db/ and renderer/src/store/', async () => {
    expect(await restrictedImportMessages('renderer/src/db/ok.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n")).toEqual([]);
    expect(
      await restrictedImportMessages('renderer/src/store/ok.ts', "import { useLiveQuery } from 'dexie-react-hooks';\nexport const x = useLiveQuery;\n"),
    ).toEqual([]);
  });
});

describe('rules of hooks', () => {
  async function hookMessages(code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: 'renderer/src/features/cases/useSample.ts' });
    return (result?.messages ?? []).filter((message) => message.ruleId?.startsWith('react-hooks/')).map((message) => `${message.ruleId}: ${message.message}`);
  }

  it('refuses a hook called conditionally', async () => {
    const messages = await hookMessages("import { useState } from 'react';\nexport function useSample(on: boolean) {\n  if (on) useState(0);\n}\n");
    expect(messages.some((message) => message.startsWith('react-hooks/rules-of-hooks:'))).toBe(true);
  });

  it('refuses an effect that leaves a dependency out', async () => {
    const messages = await hookMessages(
      "import { useEffect } from 'react';\nexport function useSample(id: string, load: (id: string) => void) {\n  useEffect(() => load(id), [id]);\n}\n",
    );
    expect(messages.some((message) => message.startsWith('react-hooks/exhaustive-deps:') && message.includes("'load'"))).toBe(true);
  });

  it('allows an effect with all its dependencies', async () => {
    expect(
      await hookMessages(
        "import { useEffect } from 'react';\nexport function useSample(id: string, load: (id: string) => void) {\n  useEffect(() => load(id), [id, load]);\n}\n",
      ),
    ).toEqual([]);
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
