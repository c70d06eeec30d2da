import type { CaseFile, IsoDate, Vulnerability } from '../model';
import { accompanyingMinorChildren } from '../workflow/caseFacts';
import { accumulate, type CaseAccumulator } from './caseAccumulator';
import { countsIn, share, type ReportWorkspace } from './reportPeriod';

export interface VulnerableShare {
  openCases: number;
  vulnerableCases: number;
  /** vulnerableCases ÷ openCases. */
  share: number | undefined;
  /** Open cases per category (a case with two categories counts in both). */
  byCategory: Partial<Record<Vulnerability['category'], number>>;
  /** Open cases of persons living with minor children (families the detention ban protects). */
  withMinorChildren: number;
}

/** The counts a case can fall in (the figure keys of the case list name these). */
export type VulnerableMeasure = 'openCases' | 'vulnerableCases' | 'withMinorChildren';

function current(vulnerability: Vulnerability, asOf: IsoDate): boolean {
  return vulnerability.endedOn === undefined || vulnerability.endedOn > asOf;
}

/**
 * What one case adds (the one place the rule is written). Cohort: non-training cases not
 * closed and opened by `asOf`. Vulnerable: at least one current vulnerability recorded,
 * Return Directive Art. 3(9) or other (RCD Art. 21: trafficking, serious illness, mental
 * disorder). Accompanying minor children are shown apart.
 */
export function vulnerabilityFacts(
  caseFile: CaseFile,
  asOf: IsoDate,
  workspace: ReportWorkspace = 'live',
): { open: boolean; categories: Set<Vulnerability['category']>; withMinorChildren: boolean } {
  const open = countsIn(caseFile, workspace) && caseFile.stage !== 'CLOSED' && caseFile.openedOn <= asOf;
  if (!open) return { open, categories: new Set(), withMinorChildren: false };
  const categories = new Set(caseFile.vulnerabilities.filter((vulnerability) => current(vulnerability, asOf)).map((vulnerability) => vulnerability.category));
  return { open, categories, withMinorChildren: accompanyingMinorChildren(caseFile, asOf).length > 0 };
}

/** Share of vulnerable persons in the open caseload (domain.md §5(e)), chunk by chunk. */
export function createVulnerableShareAccumulator(asOf: IsoDate, workspace: ReportWorkspace = 'live'): CaseAccumulator<VulnerableShare> {
  const byCategory: Partial<Record<Vulnerability['category'], number>> = {};
  let openCases = 0;
  let vulnerableCases = 0;
  let withMinorChildren = 0;
  return {
    add(cases) {
      for (const caseFile of cases) {
        const facts = vulnerabilityFacts(caseFile, asOf, workspace);
        if (!facts.open) continue;
        openCases += 1;
        if (facts.categories.size > 0) vulnerableCases += 1;
        if (facts.withMinorChildren) withMinorChildren += 1;
        for (const category of facts.categories) byCategory[category] = (byCategory[category] ?? 0) + 1;
      }
    },
    result() {
      return { openCases, vulnerableCases, share: share(vulnerableCases, openCases), byCategory: { ...byCategory }, withMinorChildren };
    },
  };
}

/** The vulnerable share over an array of cases (see `createVulnerableShareAccumulator`). */
export function vulnerableShare(cases: readonly CaseFile[], asOf: IsoDate): VulnerableShare {
  return accumulate(createVulnerableShareAccumulator(asOf), cases);
}
