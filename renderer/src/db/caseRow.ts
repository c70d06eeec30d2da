import type { CaseFile } from '../../../shared/model/caseFile';
import type { NationalityStatus } from '../../../shared/model/nationality';
import { foldText, normaliseReference } from './foldName';

/**
 * What the `cases` table stores: the case file untouched (it is what backup and export
 * write) plus the index fields IndexedDB needs, copied out of it (the search keys of names and
 * numbers live beside it, in `caseKeys`: caseSearchKeys.ts). IndexedDB can only index
 * top-level or dotted paths with string/number/date/array keys, so the sort name, the
 * primary nationality and the most urgent deadline are computed here, in one place, on
 * every write, and never edited by hand.
 */
export interface CaseIndexFields {
  id: string;
  /** Upper-cased case reference (RC-2026-000123). */
  reference: string;
  stage: CaseFile['stage'];
  /** `caseFile.updatedAt` in UTC (…Z), so that text order is time order. */
  updatedAt: string;
  /** '' when unassigned: IndexedDB does not index missing values, and "unassigned" is a useful filter. */
  assignee: string;
  /** The best-established nationality (proven, then prima facie, then claimed); '' when none is recorded. */
  nationality: string;
  route: CaseFile['route'];
  /** The most urgent open deadline (YYYY-MM-DD); absent when the case has none. */
  nextDeadline?: string;
  /**
   * The next deadline for sorting and deadline filters (v3): the date, or NO_DEADLINE, which
   * sorts after every date, so that sorting by deadline lists every case, those without
   * one last (IndexedDB leaves rows without the field out of an index).
   */
  deadlineOrder: string;
  /** The primary identity's folded family then given names, for sorting by name (v3; see sortNameOf). */
  sortName: string;
  /**
   * When the oldest proposal still awaiting a four-eyes decision was made (v3); absent when
   * none awaits, so the index lists exactly the cases a supervisor has to look at.
   */
  awaitingApprovalSince?: string;
}

export interface CaseRow extends CaseIndexFields {
  caseFile: CaseFile;
  /** Hash of the audit event that last wrote this row (auditedWrite.ts); absent on rows written before schema v4. */
  auditEvent?: string;
  /** HMAC of the row under the workspace audit key, when one event wrote several cases (import, restore). */
  auditSeal?: string;
  /** The data key the row is stored sealed under (sealedStore.ts); absent on a row stored in clear. */
  keyId?: string;
}

/** Computes the most urgent deadline of a case (supplied by shared/rules once wired; see caseRepository). */
export type NextDeadlineOf = (caseFile: CaseFile) => string | undefined;

const nationalityRank: Readonly<Record<NationalityStatus, number>> = { proven: 0, prima_facie: 1, claimed: 2, denied: 3 };

export function primaryNationality(caseFile: CaseFile): string {
  const candidates = caseFile.nationalities.filter((nationality) => nationality.status !== 'denied');
  candidates.sort((a, b) => nationalityRank[a.status] - nationalityRank[b.status]);
  return candidates[0]?.country ?? '';
}

/**
 * Sorts family name first, then given names: folded (lower case, no diacritics) so that
 * "Çela" sorts with "Cela", and joined by U+0001, below every letter and space, so that a
 * short family name comes before a longer one it begins ("Li" before "Lima", "De" before
 * "De Smet") whatever the given names. Code-point order of folded text: Latin names sort
 * alphabetically; scripts are not interleaved.
 */
export const SORT_NAME_SEPARATOR = '\u0001';

export function sortNameOf(caseFile: Pick<CaseFile, 'identities'>): string {
  const primary = caseFile.identities.find((identity) => identity.primary) ?? caseFile.identities[0];
  if (!primary) return '';
  const part = (text: string) => foldText(text).trim().replace(/\s+/g, ' ');
  return `${part(primary.familyName)}${SORT_NAME_SEPARATOR}${part(primary.givenNames)}`;
}

/** The earliest proposal awaiting a decision, or undefined when none awaits. */
export function awaitingApprovalSinceOf(caseFile: Pick<CaseFile, 'pendingApprovals'>): string | undefined {
  let earliest: string | undefined;
  for (const approval of caseFile.pendingApprovals) {
    if (approval.status !== 'pending') continue;
    const at = new Date(approval.proposedAt).toISOString();
    if (earliest === undefined || at < earliest) earliest = at;
  }
  return earliest;
}

/** Stands for "no deadline" in `deadlineOrder`: after every YYYY-MM-DD date. */
export const NO_DEADLINE = '~';

/** The index fields added by schema v3, from the case file and its next deadline (also used by the v2 → v3 upgrade). */
export function v3IndexFields(
  caseFile: CaseFile,
  nextDeadline: string | undefined,
): Pick<CaseIndexFields, 'sortName' | 'awaitingApprovalSince' | 'deadlineOrder'> {
  const awaitingApprovalSince = awaitingApprovalSinceOf(caseFile);
  return { sortName: sortNameOf(caseFile), deadlineOrder: nextDeadline || NO_DEADLINE, ...(awaitingApprovalSince ? { awaitingApprovalSince } : {}) };
}

export function toCaseRow(caseFile: CaseFile, nextDeadlineOf?: NextDeadlineOf): CaseRow {
  const nextDeadline = nextDeadlineOf?.(caseFile);
  const row: CaseRow = {
    id: caseFile.id,
    reference: normaliseReference(caseFile.reference),
    stage: caseFile.stage,
    // Case files may carry any UTC offset; the index sorts text, so it gets UTC.
    updatedAt: new Date(caseFile.updatedAt).toISOString(),
    assignee: caseFile.assigneeId ?? '',
    nationality: primaryNationality(caseFile),
    route: caseFile.route,
    ...v3IndexFields(caseFile, nextDeadline),
    caseFile,
  };
  if (nextDeadline) row.nextDeadline = nextDeadline;
  return row;
}
