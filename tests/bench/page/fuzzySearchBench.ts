/**
 * The fuzzy-name figures on the bench page, in the app's origin and database: the target is
 * planted through the store's import (untimed), then the search box's store search is timed
 * here, inside the page, as the other store operations are (tests/bench/fuzzyNameSearch.ts).
 */
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import type { Actor } from '../../../shared/model/actor';
import type { CaseFile } from '../../../shared/model/caseFile';
import { caseSearchKeysOf, nameKeysOf } from '../../../renderer/src/db/caseSearchKeys';
import { nameTokens } from '../../../shared/search/foldText';
import { INFIX_MARK, PHONETIC_MARK } from '../../../shared/search/nameSearchKeys';
import { documentNumberOf, generateCase, referenceOf } from '../caseGenerator';
import { FUZZY_TARGET, type FuzzyBenchApi, type FuzzySearchTiming } from '../fuzzyTarget';

const PAGE_SIZE = 50;

/** A generated case made into the target: its one name, reference and passport number. */
function targetCase(): CaseFile {
  const generated = generateCase(9_000_001, 7);
  const primary = generated.identities.find((identity) => identity.primary) ?? generated.identities[0];
  const document = generated.documents[0];
  if (!primary || !document) throw new Error('generated case without identity or document');
  return {
    ...generated,
    reference: FUZZY_TARGET.reference,
    identities: [{ ...primary, familyName: FUZZY_TARGET.familyName, givenNames: FUZZY_TARGET.givenNames, primary: true }],
    documents: [{ ...document, number: FUZZY_TARGET.documentNumber }],
  };
}

export function registerFuzzySearchBench(store: () => WorkspaceStore, caseworker: () => Promise<Actor>): void {
  const timedSearch = async (text: string, reference: string): Promise<FuzzySearchTiming> => {
    const actor = await caseworker();
    const cases = store().cases;
    const started = performance.now();
    const found = await cases.search(actor, text, PAGE_SIZE);
    const ms = performance.now() - started;
    return { ms, rank: found.rows.findIndex((row) => row.reference === reference), rows: found.rows.length };
  };
  const api: FuzzyBenchApi = {
    async plant() {
      const actor = await caseworker();
      const cases = store().cases;
      if ((await cases.findByReference(actor, FUZZY_TARGET.reference)).rows.length > 0) return;
      await cases.importCases(actor, [targetCase()], { description: 'bench: fuzzy-name target' });
    },
    search: (text) => timedSearch(text, FUZZY_TARGET.reference),
    documentPart: (index) => timedSearch(documentNumberOf(index).slice(2), referenceOf(index)),
    async nameKeyStats(sample) {
      const rows = await store().db.cases.limit(sample).toArray();
      // The keys as derived in clear (a sealed store holds them as tokens, one per word or phonetic key).
      const searchKeys = rows.map((row) => caseSearchKeysOf(row.caseFile));
      const keys = searchKeys.reduce((sum, row) => sum + row.nameKeys.length, 0);
      const phonetic = searchKeys.reduce((sum, row) => sum + row.nameKeys.filter((key) => key.startsWith(PHONETIC_MARK)).length, 0);
      const tails = searchKeys.reduce((sum, row) => sum + row.nameKeys.filter((key) => key.startsWith(INFIX_MARK)).length, 0);
      // The derivation's CPU per case, against the folded words alone (what v5 stored).
      const caseFiles = rows.map((row) => row.caseFile);
      const words = (caseFile: CaseFile) => caseFile.identities.flatMap((identity) => nameTokens(`${identity.familyName} ${identity.givenNames}`));
      let started = performance.now();
      for (const caseFile of caseFiles) words(caseFile);
      const wordsMs = performance.now() - started;
      started = performance.now();
      for (const caseFile of caseFiles) nameKeysOf(caseFile);
      const keysMs = performance.now() - started;
      const perCase = (ms: number) => (ms * 1000) / Math.max(caseFiles.length, 1);
      return {
        tailsPerCase: searchKeys.reduce((sum, row) => sum + row.numberTails.length, 0) / Math.max(rows.length, 1),
        keysPerCase: keys / Math.max(rows.length, 1),
        phoneticPerCase: phonetic / Math.max(rows.length, 1),
        nameTailsPerCase: tails / Math.max(rows.length, 1),
        wordsMicros: perCase(wordsMs),
        keysMicros: perCase(keysMs),
      };
    },
  };
  window.ercmsFuzzyBench = api;
}
