import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Legal numbers live in shared/reference with their legal basis; a rule never hides one
 * (architecture.md; issue 3). This scan fails on a day/week/month/year number (≥ 2) in
 * shared/rules or shared/workflow: a date-fns call with a numeric amount, arithmetic with
 * a numeric factor, or a number next to a day/week/month/year word. 0 and 1 stay allowed
 * ("the day after").
 */
interface LiteralFinding {
  line: number;
  text: string;
  rule: 'date_call' | 'arithmetic' | 'unit_word';
}

const unitWord = '(?:day|week|month|year)';

/** Comments out; string contents kept for the unit-word rule (a legal number in a message is hidden too). */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function stripStrings(line: string): string {
  return line.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

const asNumber = (literal: string): number => Number(literal.replace(/_/g, ''));

function findLegalLiterals(source: string): LiteralFinding[] {
  const findings: LiteralFinding[] = [];
  const rules: { rule: LiteralFinding['rule']; pattern: RegExp; codeOnly: boolean }[] = [
    // addDays(x, 14), subMonths(x, 6), addBusinessDays(x, 2)
    { rule: 'date_call', pattern: /\b(?:add|sub)\w*(?:Days|Weeks|Months|Years)\s*\([^()]*?,\s*-?(\d[\d_]*(?:\.\d+)?)\s*\)/g, codeOnly: true },
    // days * 30, ms / 86_400_000, 7 * 24
    { rule: 'arithmetic', pattern: /[*/%]\s*(\d[\d_]*(?:\.\d+)?)\b|\b(\d[\d_]*(?:\.\d+)?)\s*[*/%](?![*/])/g, codeOnly: true },
    // departureDays === 30, months: 6, durationMonths > 60
    {
      rule: 'unit_word',
      pattern: new RegExp(`[A-Za-z_]*${unitWord}s?[A-Za-z_]*[^;\\n\\d\\w]{0,12}?(?<![\\w.])(\\d[\\d_]*)(?![\\w.\\-/])`, 'gi'),
      codeOnly: false,
    },
    // 14 days, amount: 14, unit: 'calendar_days', 6 weeks
    {
      rule: 'unit_word',
      pattern: new RegExp(`(?<![\\w.\\-/])(\\d[\\d_]*)(?![\\w.\\-/])[^;\\n\\d]{0,30}?(?:calendar_|working_|_)?${unitWord}s?\\b`, 'gi'),
      codeOnly: false,
    },
  ];
  stripComments(source)
    .split('\n')
    .forEach((rawLine, index) => {
      const code = stripStrings(rawLine);
      for (const { rule, pattern, codeOnly } of rules) {
        const text = codeOnly ? code : rawLine;
        for (const match of text.matchAll(pattern)) {
          const literal = match.slice(1).find((group) => group !== undefined);
          if (literal !== undefined && asNumber(literal) >= 2) {
            findings.push({ line: index + 1, text: rawLine.trim(), rule });
            break;
          }
        }
      }
    });
  return findings;
}

function sourceFiles(folder: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('no legal day/month literals outside shared/reference', () => {
  it.each([
    ['addDays(receivedOn, 14)', 'date_call'],
    ['const end = addMonths(start, 6);', 'date_call'],
    ['return subWeeks(date, 6);', 'date_call'],
    ['const ms = days * 86_400_000;', 'arithmetic'],
    ['const due = start + 30 * dayLength;', 'arithmetic'],
    ['if (order.departureDays === 30) return;', 'unit_word'],
    ["const reply = { amount: 14, unit: 'calendar_days' };", 'unit_word'],
    ['if (detentionMonths > 5) release();', 'unit_word'],
    ["text: 'Transfer within 3 months of acceptance',", 'unit_word'],
  ])('catches %s', (sample, rule) => {
    expect(findLegalLiterals(sample).map((finding) => finding.rule)).toContain(rule);
  });

  it.each([
    'const next = addDays(dueDate, 1);',
    'return endOfPeriod(request.receivedOn, agreement.replyPeriod);',
    '// 14 days from receipt (EC–Albania RA Art. 10)',
    "legalBasis: 'Aliens Act Art. 74/14 §1',",
    'const share = elapsed / total;',
    'const months = period.amount;',
    "return `${minimum.amount} ${minimum.unit.replace('_', ' ')}`;",
  ])('allows %s', (sample) => {
    expect(findLegalLiterals(sample)).toEqual([]);
  });

  it('finds the legal numbers where they belong, in shared/reference (the scan reads real files)', () => {
    const files = sourceFiles(join(process.cwd(), 'shared/reference'));
    const findings = files.flatMap((file) => findLegalLiterals(readFileSync(file, 'utf8')));
    expect(findings.length).toBeGreaterThan(10);
  });

  it('shared/rules and shared/workflow carry no legal number', () => {
    const root = process.cwd();
    const files = [...sourceFiles(join(root, 'shared/rules')), ...sourceFiles(join(root, 'shared/workflow'))];
    expect(files.length).toBeGreaterThan(0);
    const findings = files.flatMap((file) =>
      findLegalLiterals(readFileSync(file, 'utf8')).map((finding) => `${relative(root, file)}:${finding.line} [${finding.rule}] ${finding.text}`),
    );
    expect(findings, 'move these numbers to shared/reference with their legal basis').toEqual([]);
  });
});
