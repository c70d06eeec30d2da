import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../shared/model/caseFile';
import type { CaseMatchKind, CaseSearchResult } from '../../../renderer/src/db/caseSearch';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { generateCase, generateCases, referenceOf } from '../../bench/caseGenerator';
import type { Actor } from '../../../shared/model/actor';
import type { CaseRow } from '../../../renderer/src/db/caseRow';
import { nameKeysOf } from '../../../renderer/src/db/caseSearchKeys';
import { heldRecordKeys } from '../../../renderer/src/db/workspaceKeyring';
import { caseworker, openTestStore, rawRows } from './testStore';

/** A generated case renamed (primary identity) and given its own document number and reference. */
function person(index: number, familyName: string, givenNames: string, documentNumber: string, reference: string): CaseFile {
  const generated = generateCase(index, 11);
  const [first, ...rest] = generated.identities;
  if (!first) throw new Error('generated case without identity');
  const [document, ...documents] = generated.documents;
  if (!document) throw new Error('generated case without document');
  return {
    ...generated,
    reference,
    identities: [{ ...first, familyName, givenNames, primary: true }, ...rest.filter((identity) => !identity.primary).slice(0, 0)],
    documents: [{ ...document, number: documentNumber }, ...documents.slice(0, 0)],
  };
}

const HOXHA = person(5_000, 'HOXHA', 'Arben', 'AB7771234567', 'RC-2030-900001');
const RAHIMI = person(5_001, 'RAHIMI', 'Ahmad Shah', 'P55501234', 'RC-2030-900002');
const REXHEPAJ = person(5_002, 'Rexhepaj', 'Valdrin', 'X99000111', 'RC-2030-900003');
/** A name that begins with what is inside HOXHA: "oxha" finds it by its beginning, HOXHA by a part. */
const OXHAKU = person(5_003, 'Oxhaku', 'Dritan', 'Z4400', 'RC-2030-900004');

let store: WorkspaceStore;
/** Who searches: the stub caseworker in a clear store; in a sealed one, a signed-in caseworker (the store checks the account). */
let searcher: Actor = caseworker;

function whyFor(result: CaseSearchResult, caseFile: CaseFile): CaseMatchKind | undefined {
  return result.rows.some((row) => row.id === caseFile.id) ? result.matches[caseFile.id] : undefined;
}

/**
 * The same search, the same answers, over a clear store (what the previous version left, and
 * unit tests without accounts) and over a sealed one (encryption at rest: the indexes hold
 * tokens, names are matched against the sealed lexicon, sealedCaseSearch.ts).
 */
describe.each(['clear', 'sealed'] as const)('search that forgives spelling (%s store)', (kind) => {
  beforeAll(async () => {
    store = openTestStore();
    searcher = caseworker;
    if (kind === 'sealed') {
      await store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
      const admin = await store.users.authenticate('tom', 'correct horse battery');
      await store.users.createUser(admin, { username: 'an', displayName: 'An Peeters', role: 'caseworker', password: 'another long password' });
      searcher = await store.users.authenticate('an', 'another long password');
      expect(heldRecordKeys(store.db)).toBeDefined();
    }
    await store.cases.importCases(searcher, [...generateCases(0, 400, 12), HOXHA, RAHIMI, REXHEPAJ, OXHAKU]);
    if (kind === 'sealed') {
      // Really sealed: the stored row holds no name and no document number in clear.
      const raw = JSON.stringify(await rawRows(store, 'cases'));
      expect(raw).not.toContain('HOXHA');
      expect(raw).not.toContain('hoxha');
      expect(raw).not.toContain('AB7771234567');
      expect(raw).not.toContain('7712345');
    }
  });
  afterAll(() => store.close());

  it.each<[string, CaseFile, CaseMatchKind]>([
    ['HOXHA', HOXHA, 'nameExact'],
    ['hoxh arb', HOXHA, 'namePrefix'],
    ['Hoxa', HOXHA, 'namePhonetic'],
    ['Hodja', HOXHA, 'namePhonetic'],
    ['Hoxxa', HOXHA, 'namePhonetic'],
    ['Hoxa Arben', HOXHA, 'namePhonetic'],
    ['Rahimy', RAHIMI, 'namePhonetic'],
    ['Rakhimi Ahmad', RAHIMI, 'namePhonetic'],
    // One substitution, one deletion, one insertion (of consonants: a vowel more or less keeps the sound, a phonetic match).
    ['Rexepaj', REXHEPAJ, 'namePhonetic'],
    ['Rekhepaj', REXHEPAJ, 'nameFuzzy'],
    ['Rexheaj', REXHEPAJ, 'nameFuzzy'],
    ['Rexhepkaj', REXHEPAJ, 'nameFuzzy'],
    ['900001', HOXHA, 'referencePart'],
    ['2030-900002', RAHIMI, 'referencePart'],
    ['RC-2030-900003', REXHEPAJ, 'reference'],
    ['1234567', HOXHA, 'documentNumberPart'],
    ['p555', RAHIMI, 'documentNumber'],
    // Parts in the middle (issue 12): of a name, of a reference, of a document number.
    // "oxha" is one letter from HOXHA (a similar spelling), but only its tails reach it: the tolerant read starts from the typed first letters.
    ['oxha', HOXHA, 'nameFuzzy'],
    ['oxh', HOXHA, 'nameInfix'],
    ['xhepa', REXHEPAJ, 'nameInfix'],
    ['oxh arben', HOXHA, 'nameInfix'],
    ['7712345', HOXHA, 'documentNumberPart'],
    ['2030-9000', HOXHA, 'referencePart'],
    ['5501', RAHIMI, 'documentNumberPart'],
  ])('"%s" finds the case and says why', async (text, target, why) => {
    const result = await store.cases.search(searcher, text);
    expect(whyFor(result, target)).toBe(why);
  });

  it('ranks exact, then prefix, phonetic and fuzzy matches', async () => {
    const result = await store.cases.search(searcher, 'Berisha', 500);
    const ranks = result.rows.map((row) => ['nameExact', 'namePrefix', 'namePhonetic', 'nameFuzzy'].indexOf(result.matches[row.id] ?? ''));
    expect(ranks.length).toBeGreaterThan(1);
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(ranks[0]).toBe(0);
  });

  it('finds a part in the middle of a reference in every reference holding it, the whole reference first', async () => {
    // referenceOf(0) is RC-2024-000001: "000001" is its end, and the middle of no other generated reference.
    const result = await store.cases.search(searcher, '000001');
    expect(result.rows.map((row) => row.reference)).toContain(referenceOf(0));
    expect(result.rows.every((row) => row.reference.replace(/-/g, '').includes('000001'))).toBe(true);
    expect(result.matches[result.rows[0]?.id ?? '']).toBe('referencePart');
    const middle = await store.cases.search(searcher, '02400');
    expect(middle.rows.length).toBeGreaterThan(1);
    expect(middle.rows.every((row) => row.reference.replace(/-/g, '').includes('02400'))).toBe(true);
  });

  it('ranks a part inside a name after the exact, prefix, phonetic and fuzzy matches', async () => {
    const result = await store.cases.search(searcher, 'oxh', 500);
    expect(whyFor(result, OXHAKU)).toBe('namePrefix');
    expect(whyFor(result, HOXHA)).toBe('nameInfix');
    const order = ['nameExact', 'namePrefix', 'namePhonetic', 'nameFuzzy', 'nameInfix'];
    const ranks = result.rows.map((row) => order.indexOf(result.matches[row.id] ?? ''));
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    // Too short to search inside names: two letters would match most of the caseload.
    expect(whyFor(await store.cases.search(searcher, 'xh'), HOXHA)).toBeUndefined();
  });

  it('does not match names far from the text', async () => {
    const result = await store.cases.search(searcher, 'Hoxha');
    const keysOf = (row: CaseRow) => nameKeysOf(row.caseFile);
    expect(result.rows.every((row) => keysOf(row).some((key) => key.startsWith('hox') || key === '#HJ' || key.startsWith('~hoxha')))).toBe(true);
    expect(whyFor(await store.cases.search(searcher, 'Zzyzx'), HOXHA)).toBeUndefined();
  });

  it('keeps the exact reference first, before parts of other references', async () => {
    const result = await store.cases.search(searcher, referenceOf(9));
    expect(result.matches[result.rows[0]?.id ?? '']).toBe('reference');
  });

  it('applies the list filter to fuzzy and infix matches', async () => {
    const otherStage = HOXHA.stage === 'INTAKE' ? 'CLOSED' : 'INTAKE';
    expect(whyFor(await store.cases.search(searcher, 'Hodja', 50, { stage: otherStage }), HOXHA)).toBeUndefined();
    expect(whyFor(await store.cases.search(searcher, '1234567', 50, { stage: otherStage }), HOXHA)).toBeUndefined();
    expect(whyFor(await store.cases.search(searcher, 'oxh', 50, { stage: otherStage }), HOXHA)).toBeUndefined();
    expect(whyFor(await store.cases.search(searcher, 'oxh', 50, { stage: HOXHA.stage }), HOXHA)).toBe('nameInfix');
    expect(whyFor(await store.cases.search(searcher, 'Hodja', 50, { stage: HOXHA.stage }), HOXHA)).toBe('namePhonetic');
  });
});
