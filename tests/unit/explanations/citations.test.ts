import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationIn, englishCitationWords } from '../../../shared/explanations';
import { instrumentTitles } from '../../../shared/reference';
import { walkthroughs } from '../../../shared/training/walkthroughs';

/**
 * Issue 11 item 8 (legal titles in the user's language): every legal basis the rules and
 * actions cite reads in French, Dutch and Albanian, with the instrument titles of the
 * reference data. The bases are every string literal of shared/workflow, shared/rules and
 * shared/reference that cites law; notes and sources (not shown as a citation) are left out.
 */

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const citing =
  /\b(Art\.|Arts\.|ETS|CETS|Regulation|Directive|Aliens Act|agreement|Convention|Office procedure|FD 2008|Law of|Declaration|programme|policy|principle|consent|acceptance|article|Decision|OJ|protocol|practice)\b/;
/** Reference notes and sources: read by the jurist in the reference data, not shown as a citation. */
const notCitation =
  /^(Runs from|Paragraph|The EU Member States bound|From acceptance|The ban is confirmed|Policy, not law|Concluded because|Albania declares|Kosovo is not a party to ETS 112;|Ratified|Dutch treaty database|Moniteur belge|Austrian Federal|Benelux–Kosovo value|s own minimum)|[èëçéà]/;

/** The reference titles in French, Dutch and Albanian are already in their language. */
const translatedTitles = new Set(Object.values(instrumentTitles).flatMap((title) => [title.titles.fr, title.titles.nl, title.titles.sq]));

function citationsOfShared(): string[] {
  const root = join(import.meta.dirname, '..', '..', '..', 'shared');
  const found = new Set<string>();
  for (const path of ['workflow', 'rules', 'reference'].flatMap((folder) => sourceFiles(join(root, folder)))) {
    const code = readFileSync(path, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const quoted = [...code.matchAll(/'(?:[^'\\\n]|\\.)*'/g)].map((match) => match[0].slice(1, -1).replace(/\\'/g, "'"));
    // A template's own words, between its interpolations (e.g. "${beAlBasis}: transfer without consent where …").
    const templated = [...code.matchAll(/`(?:[^`\\]|\\.)*`/g)].flatMap((match) => match[0].slice(1, -1).split(/\$\{[^}]*\}/));
    // A tail after an interpolated basis (": …", " (…") is part of a citation even without a citing word.
    const tails = templated.filter((text) => /^(: | \()/.test(text));
    for (const text of [...quoted, ...templated, ...tails]) {
      if ((citing.test(text) || tails.includes(text)) && !text.includes('{{') && !notCitation.test(text) && !translatedTitles.has(text)) found.add(text);
    }
  }
  return [...found].sort();
}

describe('citations in the reader language', () => {
  const citations = citationsOfShared();

  it('finds the bases of shared/ (the scan works)', () => {
    expect(citations.length).toBeGreaterThan(80);
    expect(citations).toContain('Directive 2008/115/EC Art. 5; ECHR Art. 3; Aliens Act Art. 74/13');
  });

  it.each(['fr', 'nl', 'sq'] as const)('%s: no basis keeps an English word', (language) => {
    const leftOver = citations.map((basis) => citationIn(basis, language)).filter((text) => englishCitationWords(language).test(text));
    expect(leftOver).toEqual([]);
  });

  // Table: a citation per language, against the official names (EUR-Lex language versions of
  // Directive 2008/115/EC and Regulation 604/2013; the Council of Europe's French titles).
  it.each<[string, string, string]>([
    ['Directive 2008/115/EC Art. 5; ECHR Art. 3; Aliens Act Art. 74/13', 'fr', 'Directive 2008/115/CE art. 5 ; CEDH art. 3 ; Loi sur les étrangers art. 74/13'],
    ['Directive 2008/115/EC Art. 5; ECHR Art. 3; Aliens Act Art. 74/13', 'nl', 'Richtlijn 2008/115/EG art. 5; EVRM art. 3; Vreemdelingenwet art. 74/13'],
    ['Directive 2008/115/EC Art. 5; ECHR Art. 3; Aliens Act Art. 74/13', 'sq', 'Direktiva 2008/115/KE neni 5; KEDNJ neni 3; Ligji për të huajt neni 74/13'],
    ['ETS 112 Art. 3(1)(d)', 'fr', 'STE 112 art. 3(1)(d)'],
    ['Regulation (EU) No 604/2013 Arts. 21, 23', 'nl', 'Verordening (EU) nr. 604/2013 art. 21, 23'],
    [
      'EU–Albania readmission agreement, Art. 10(2): no reply means acceptance',
      'sq',
      'marrëveshja e ripranimit BE–Shqipëri, neni 10(2): mungesa e përgjigjes do të thotë pranim',
    ],
  ])('%s in %s', (basis, language, expected) => {
    expect(citationIn(basis, language)).toBe(expected);
  });

  it.each(['fr', 'nl', 'sq'] as const)('%s: every training walkthrough basis too', (language) => {
    const bases = Object.values(walkthroughs).flatMap((walkthrough) =>
      walkthrough.steps.flatMap((step) => (step.legalBasis === undefined ? [] : [step.legalBasis])),
    );
    expect(bases.length).toBeGreaterThan(10);
    expect(bases.map((basis) => citationIn(basis, language)).filter((text) => englishCitationWords(language).test(text))).toEqual([]);
  });

  it('an instrument title becomes the reference title of the language', () => {
    const kosovo = instrumentTitles.be_xk_2010.titles;
    expect(citationIn(kosovo.en, 'fr')).toBe(kosovo.fr);
    expect(citationIn(kosovo.en, 'sq')).toBe(kosovo.sq);
    expect(citationIn(kosovo.en, 'en')).toBe(kosovo.en);
  });
});
