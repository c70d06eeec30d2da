import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The documentation names real files: every repository path in backticks and every relative
 * link in README.md and docs/*.md exists, and no link leaves the repository (a reader who
 * clones it has nothing beside it).
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Top-level folders and files a backticked path may start with to count as a repository path. */
const repositoryRoots = [
  'shared/',
  'main/',
  'renderer/',
  'tests/',
  'docs/',
  '.ci/',
  'package.json',
  'eslint.config.js',
  '.prettierrc.json',
  '.prettierignore',
  'electron-builder.yml',
  'electron.vite.config.ts',
  'vitest.config.ts',
];

/** A placeholder or pattern, not one file: `features/<x>/`, `locales/*.json`, `renderer/src/…`, `{ui,db}`. */
const isPattern = (path: string) => /[<>*…{}]/.test(path);

function backtickedPaths(markdown: string): string[] {
  const spans = [...markdown.matchAll(/`([^`\n]+)`/g)].map((match) => match[1] ?? '');
  // A command such as `npx tsx tests/bench/resultsTable.ts` names a file too: check each word.
  const words = spans.flatMap((span) => span.split(/\s+/));
  return words
    .map((word) => word.replace(/[),.;:]+$/, ''))
    .filter((word) => repositoryRoots.some((start) => word === start || word.startsWith(start)))
    .filter((word) => !isPattern(word));
}

function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? '')
    .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
    .map((target) => target.split('#')[0] ?? '')
    .filter((target) => target.length > 0);
}

const documents = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

describe('paths named in the documentation', () => {
  it('finds the architecture and domain documents', () => {
    expect(documents).toContain('docs/architecture.md');
    expect(documents).toContain('docs/domain.md');
  });

  it.each(documents)('%s names only files that exist', (document) => {
    const text = readFileSync(join(root, document), 'utf8');
    const missing = backtickedPaths(text).filter((path) => {
      const full = join(root, path);
      if (!existsSync(full)) return true;
      return path.endsWith('/') && !statSync(full).isDirectory();
    });
    expect(missing).toEqual([]);
  });

  it.each(documents)('%s links only to files inside the repository', (document) => {
    const text = readFileSync(join(root, document), 'utf8');
    const broken = relativeLinks(text).filter((target) => {
      const full = resolve(root, dirname(document), target);
      return relative(root, full).startsWith('..') || !existsSync(full);
    });
    expect(broken).toEqual([]);
  });
});

describe('the path finder itself', () => {
  it('takes repository paths, in commands too, and leaves placeholders, packages and prose', () => {
    const markdown =
      'See `shared/rules/ruleCheck.ts`, `npx tsx tests/bench/run.ts`, `renderer/src/features/<x>/`, `dexie`, `out/renderer`, `renderer/src/…` and `docs/`.';
    expect(backtickedPaths(markdown)).toEqual(['shared/rules/ruleCheck.ts', 'tests/bench/run.ts', 'docs/']);
  });

  it('takes relative links and leaves web addresses and anchors', () => {
    expect(relativeLinks('[a](docs/domain.md#detention) [b](https://example.org) [c](#top) [d](../shared/domain.md)')).toEqual([
      'docs/domain.md',
      '../shared/domain.md',
    ]);
  });

  it('would catch a path that does not exist', () => {
    const missing = backtickedPaths('`shared/rules/noSuchRule.ts`').filter((path) => !existsSync(join(root, path)));
    expect(missing).toEqual(['shared/rules/noSuchRule.ts']);
  });
});
