// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'url', 'util', 'stream', 'events', 'worker_threads', 'process', 'buffer'];

/** Import restrictions that keep the layers apart (see ../shared/architecture.md). */
const layering = {
  shared: {
    patterns: [
      { group: ['**/main/**', '**/main', '../main/*', '../../main/*'], message: 'shared/ must not import main/: it is pure TypeScript used by both sides.' },
      { group: ['**/renderer/**', '**/renderer', '../renderer/*', '../../renderer/*'], message: 'shared/ must not import renderer/: it is pure TypeScript used by both sides.' },
      { group: ['electron', 'electron/*', 'react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-*', ...nodeBuiltins], message: 'shared/ must stay free of Electron, DOM and Node: move this code to main/ or renderer/.' },
    ],
  },
  main: {
    patterns: [
      { group: ['**/renderer/**', '**/renderer'], message: 'main/ and renderer/ meet only through shared/ipc.' },
    ],
  },
  renderer: {
    patterns: [
      { group: ['**/main/**', '**/main', '../main/*'], message: 'main/ and renderer/ meet only through shared/ipc.' },
      { group: ['electron', 'electron/*', ...nodeBuiltins], message: 'The renderer reaches the machine only through host/ (the HostApi).' },
    ],
  },
};

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'docs/', 'test-results/', 'playwright-report/', 'tests/lint-fixtures/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', layering.shared],
      // No DOM and no Node globals in shared/: the type checker has no DOM lib there,
      // and these names would only come from a runtime.
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', layering.main] },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', layering.renderer] },
  },
  {
    // UI text goes through i18n keys: no words written straight into JSX, in text or in
    // the attributes a person reads or hears.
    files: ['renderer/src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/\\p{L}/u]', message: 'UI text must come from i18n: use t(\'…\') instead of writing words in JSX.' },
        {
          selector: 'JSXAttribute[name.name=/^(label|placeholder|title|alt|description|aria-label|aria-description|error|message)$/] > Literal[value=/\\p{L}/u]',
          message: 'UI text must come from i18n: use t(\'…\') for labels, placeholders, titles and accessible names.',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', '*.config.{ts,js}', 'renderer/vite.config.ts', 'electron.vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
