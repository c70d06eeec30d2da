import type { CaseFile, IsoDate, Vulnerability } from '../model';
import { accompanyingMinorChildren } from '../workflow/caseFacts';
import { countedCases, share } from './reportPeriod';

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

function current(vulnerability: Vulnerability, asOf: IsoDate): boolean {
  return vulnerability.endedOn === undefined || vulnerability.endedOn > asOf;
}

/**
 * Share of vulnerable persons in the open caseload (domain.md §5(e)).
 * Cohort: non-training cases not closed on `asOf`. Vulnerable: at least one current
 * vulnerability recorded, Return Directive Art. 3(9) or other (RCD Art. 21: trafficking,
 * serious illness, mental disorder). Accompanying minor children are shown apart.
 */
export function vulnerableShare(cases: readonly CaseFile[], asOf: IsoDate): VulnerableShare {
  const open = countedCases(cases).filter((caseFile) => caseFile.stage !== 'CLOSED' && caseFile.openedOn <= asOf);
  const byCategory: Partial<Record<Vulnerability['category'], number>> = {};
  let vulnerableCases = 0;
  for (const caseFile of open) {
    const categories = new Set(caseFile.vulnerabilities.filter((vulnerability) => current(vulnerability, asOf)).map((vulnerability) => vulnerability.category));
    if (categories.size > 0) vulnerableCases += 1;
    for (const category of categories) byCategory[category] = (byCategory[category] ?? 0) + 1;
  }
  return {
    openCases: open.length,
    vulnerableCases,
    share: share(vulnerableCases, open.length),
    byCategory,
    withMinorChildren: open.filter((caseFile) => accompanyingMinorChildren(caseFile, asOf).length > 0).length,
  };
}
