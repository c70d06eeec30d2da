import type {
  CaseFile,
  DetentionPeriod,
  FamilyLink,
  IsoDate,
  Nationality,
  OrderToLeaveDecision,
  ReadmissionRequest,
  ReadmissionStatus,
  ResidencyStatus,
} from '../model';
import { ageOfMajority } from '../reference/ageOfMajority';
import { voluntaryDepartureDeadline } from '../rules/deadlines';
import { daysBetween, periodEnd } from './guards/legalCalendar';

/**
 * Questions the guards ask of a case file, answered from recorded facts only. Where a fact
 * is not recorded the answer is `undefined` (unknown), never a default.
 */

/** Nationalities good enough to leave identification: proof or prima facie evidence (EU–Albania RA Arts. 2, 9, Annexes I–II). */
export function establishedNationalities(caseFile: CaseFile): Nationality[] {
  return caseFile.nationalities.filter((nationality) => nationality.status === 'proven' || nationality.status === 'prima_facie');
}

/** The residence status in force today (latest `from` among those not ended), if any is recorded. */
export function currentResidencyStatus(caseFile: CaseFile, today: IsoDate): ResidencyStatus | undefined {
  return caseFile.residencyHistory
    .filter((status) => status.from <= today && (status.to === undefined || status.to >= today))
    .sort((a, b) => a.from.localeCompare(b.from))
    .at(-1);
}

/** The latest order to leave the territory. */
export function latestOrderToLeave(caseFile: CaseFile): OrderToLeaveDecision | undefined {
  return caseFile.decisions
    .filter((decision): decision is OrderToLeaveDecision => decision.type === 'order_to_leave')
    .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn))
    .at(-1);
}

/**
 * Last day of the voluntary departure period (Aliens Act Art. 74/14 §1: from notification),
 * from the rules' deadline. Unknown while no order is notified.
 */
export function voluntaryDepartureLastDay(caseFile: CaseFile, today: IsoDate): IsoDate | undefined {
  return voluntaryDepartureDeadline(caseFile, today)?.dueDate;
}

/** Is the person a minor today? Unknown without a date of birth. */
export function personIsMinor(caseFile: CaseFile, today: IsoDate): boolean | undefined {
  const dateOfBirth = caseFile.person.dateOfBirth;
  if (dateOfBirth === undefined) return undefined;
  return periodEnd(dateOfBirth, ageOfMajority) > today;
}

/** Family members who are minors and live with the person in Belgium. */
export function accompanyingMinorChildren(caseFile: CaseFile, today: IsoDate): FamilyLink[] {
  return caseFile.familyLinks.filter((link) => {
    if (!link.accompanying) return false;
    if (link.dateOfBirth !== undefined) return periodEnd(link.dateOfBirth, ageOfMajority) > today;
    return link.minor;
  });
}

/** The detention title running now (not ended). */
export function openDetentionPeriod(caseFile: CaseFile): DetentionPeriod | undefined {
  return caseFile.detentionPeriods.find((period) => period.endedOn === undefined);
}

/**
 * Days spent in detention over all titles, counting both the first and last day. The
 * Return Directive ceiling is cumulative for the same return decision, gaps included
 * (CJEU Kadzoev C-357/09).
 */
export function cumulativeDetentionDays(caseFile: CaseFile, today: IsoDate): number {
  return caseFile.detentionPeriods.reduce((total, period) => {
    const lastDay = period.endedOn ?? today;
    // Both the first and the last day are spent in detention.
    return total + Math.max(0, daysBetween(period.startedOn, lastDay) + 1);
  }, 0);
}

/** Decisions with a suspensive appeal still pending: they bar enforcement (RD Art. 13(2)). */
export function pendingSuspensiveAppeals(caseFile: CaseFile) {
  return caseFile.appeals.filter((appeal) => appeal.suspensive && appeal.status === 'pending');
}

export function readmissionRequestsIn(caseFile: CaseFile, statuses: readonly ReadmissionStatus[]): ReadmissionRequest[] {
  return caseFile.readmissionRequests.filter((request) => statuses.includes(request.status));
}

/** The destination of the forced return, from the forced return decision. */
export function forcedReturnDestination(caseFile: CaseFile): string | undefined {
  return caseFile.decisions
    .filter((decision) => decision.type === 'forced_return')
    .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn))
    .at(-1)?.destinationCountry;
}
