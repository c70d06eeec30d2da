// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'url',
  'util',
  'stream',
  'events',
  'worker_threads',
  'process',
  'buffer',
];

/** Packages that only the store's room (renderer/src/db/, renderer/src/store/) may import. */
const dexiePackages = ['dexie', 'dexie/*', 'dexie-*'];

/** UI libraries: the renderer's business, never shared/'s. */
const uiPackages = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  '@mantine/*',
  'i18next',
  'i18next-*',
  'react-i18next',
  'react-hook-form',
  '@hookform/*',
  'react-router',
  'react-router/*',
  '@tanstack/*',
];

/** Import restrictions that keep the layers apart (see docs/architecture.md). */
const layering = {
  shared: {
    patterns: [
      { group: ['**/main/**', '**/main', '../main/*', '../../main/*'], message: 'shared/ must not import main/: it is pure TypeScript used by both sides.' },
      {
        group: ['**/renderer/**', '**/renderer', '../renderer/*', '../../renderer/*'],
        message: 'shared/ must not import renderer/: it is pure TypeScript used by both sides.',
      },
      {
        group: ['electron', 'electron/*', ...dexiePackages, ...nodeBuiltins],
        message: 'shared/ must stay free of Electron, DOM and Node: move this code to main/ or renderer/.',
      },
      { group: uiPackages, message: 'shared/ must stay free of React, zustand, Mantine, i18next and other UI libraries: move this code to renderer/.' },
    ],
  },
  main: {
    patterns: [{ group: ['**/renderer/**', '**/renderer'], message: 'main/ and renderer/ meet only through shared/ipc.' }],
  },
  renderer: {
    patterns: [
      { group: ['**/main/**', '**/main', '../main/*'], message: 'main/ and renderer/ meet only through shared/ipc.' },
      { group: ['electron', 'electron/*', ...nodeBuiltins], message: 'The renderer reaches the machine only through host/ (the HostApi).' },
    ],
  },
};

/** The renderer outside the store's room: its own rules plus no Dexie. */
const rendererOutsideStore = {
  patterns: [
    ...layering.renderer.patterns,
    {
      group: dexiePackages,
      message: 'Dexie is used only inside renderer/src/db/ and renderer/src/store/: read and write through a repository or a store hook.',
    },
  ],
};

/** Folders of renderer/src/ that every feature may import: the shared kit, the store and the host. */
const rendererKit = ['ui', 'db', 'store', 'host', 'stores', 'i18n'];

/**
 * Which renderer folders a file may import from, decided on the resolved path (a relative
 * import names a folder only by its depth, which a glob pattern cannot follow):
 * - a feature (renderer/src/features/<x>/) imports only the kit folders above, shared/, its
 *   own folder and packages, never another feature nor app/ (app/ composes the features);
 * - the kit folders never import a feature or app/, so the dependencies point one way.
 * @type {import('eslint').Rule.RuleModule}
 */
const rendererBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Features never import each other; the shared kit never imports a feature or app/.' },
    schema: [],
    messages: {
      otherFeature:
        "features/{{from}}/ must not import '{{source}}' ({{target}}): features never import each other. Move what both need to renderer/src/ui/ (or store/, db/), or let app/ compose them.",
      outsideKit:
        "features/{{from}}/ must not import '{{source}}' ({{target}}): a feature imports only renderer/src/{ui,db,store,host,stores,i18n}/, shared/, its own folder and packages.",
      kitImportsFeature: "renderer/src/{{from}}/ must not import '{{source}}' ({{target}}): the shared kit never depends on a feature or on app/.",
    },
  },
  create(context) {
    const file = path.relative(repoRoot, context.filename).split(path.sep).join('/');
    const feature = /^renderer\/src\/features\/([^/]+)\//.exec(file)?.[1];
    const kit = /^renderer\/src\/([^/]+)\//.exec(file)?.[1];
    const isKit = kit !== undefined && rendererKit.includes(kit);
    if (feature === undefined && !isKit) return {};
    /** @param {import('estree').ImportDeclaration | import('estree').ExportNamedDeclaration | import('estree').ExportAllDeclaration | import('estree').ImportExpression} node */
    const check = (node) => {
      const source = node.source && node.source.type === 'Literal' ? node.source.value : undefined;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path
        .relative(repoRoot, path.resolve(path.dirname(context.filename), source))
        .split(path.sep)
        .join('/');
      const targetFeature = /^renderer\/src\/features\/([^/]+)(\/|$)/.exec(target)?.[1];
      const targetFolder = /^renderer\/src\/([^/]+)(\/|$)/.exec(target)?.[1];
      if (feature !== undefined) {
        if (targetFeature === feature || target.startsWith('shared/') || target === 'shared') return;
        if (targetFeature !== undefined) context.report({ node, messageId: 'otherFeature', data: { from: feature, source, target } });
        else if (targetFolder === undefined || !rendererKit.includes(targetFolder))
          context.report({ node, messageId: 'outsideKit', data: { from: feature, source, target } });
      } else if (targetFolder === 'features' || targetFolder === 'app') {
        context.report({ node, messageId: 'kitImportsFeature', data: { from: kit, source, target } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
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
    plugins: { 'react-hooks': reactHooks, ercms: { rules: { 'renderer-boundaries': rendererBoundaries } } },
    rules: {
      'no-restricted-imports': ['error', rendererOutsideStore],
      'ercms/renderer-boundaries': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The store's room: the only place Dexie is imported.
    files: ['renderer/src/db/**/*.{ts,tsx}', 'renderer/src/store/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', layering.renderer] },
  },
  {
    // UI text goes through i18n keys: no words written straight into JSX, in text or in
    // the attributes a person reads or hears.
    files: ['renderer/src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/\\p{L}/u]', message: "UI text must come from i18n: use t('…') instead of writing words in JSX." },
        {
          selector:
            'JSXAttribute[name.name=/^(label|placeholder|title|alt|description|aria-label|aria-description|error|message)$/] > Literal[value=/\\p{L}/u]',
          message: "UI text must come from i18n: use t('…') for labels, placeholders, titles and accessible names.",
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', '*.config.{ts,js}', 'renderer/vite.config.ts', 'electron.vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
