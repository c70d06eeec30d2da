import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishMessages, englishTerms } from '../../../shared/explanations';
import { workflowActions } from '../../../shared/workflow';
import { forcedWalkFromCustody, voluntaryWalk } from '../workflow/caseWalks';

/**
 * Issue 11 item 7: no internal reference ("domain.md §5(b)", "[S62]", "[unverified …]")
 * reaches a text a user sees or an export: legal bases, reference notes, messages. The
 * office's own procedures are cited as office procedure. Comments may cite domain.md.
 */
const internal = /domain\.md|\[S\d+\]|\[V\d+\]|\[unverified|§\s?5\(|\bS\d{2}\b|eRCMS office procedure/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** String literals of a file outside comments (line and block comments dropped first). */
function literals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g)].map((match) => match[0]);
}

describe('user-facing legal references only', () => {
  const root = join(import.meta.dirname, '..', '..', '..', 'shared');
  // deadlinePolicy.ts belongs to another change in progress (its owner words its basis).
  const files = sourceFiles(root).filter((path) => !path.endsWith('deadlinePolicy.ts') && !path.endsWith('.md'));

  it.each(files.map((path) => [path.slice(root.length + 1), path]))('%s has no internal reference in a string', (_name, path) => {
    expect(literals(readFileSync(path, 'utf8')).filter((literal) => internal.test(literal))).toEqual([]);
  });

  it('no catalogue message, term, action basis or event of a whole case walk carries one', () => {
    const texts = [
      ...Object.values(englishMessages),
      ...Object.values(englishTerms).flatMap((group) => Object.values(group)),
      ...workflowActions.map((action) => action.legalBasis),
      ...[forcedWalkFromCustody(), voluntaryWalk()].flatMap((walk) => walk.steps.map((step) => step.event.legalBasis ?? '')),
    ];
    expect(texts.filter((text) => internal.test(text))).toEqual([]);
  });

  it("the office's own rules are cited as office procedure", () => {
    const closing = workflowActions.find((action) => action.id === 'closeCase');
    expect(closing?.legalBasis).toBe('Office procedure of the Immigration Office (internal rule, not a statute)');
  });
});
