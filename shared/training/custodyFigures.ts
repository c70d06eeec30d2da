import type { CaseFile } from '../model';
import type { CalendarDate } from '../reference';
import { foreignNationalities, isEstablished } from '../rules/nationalityFacts';

/**
 * The facts the custody-and-transfer overview counts, read from the case file model:
 * - in custody: a custody record whose release is not recorded (or lies after `today`);
 * - nationality: established (proof or prima facie) for the country;
 * - right of residence: the current residence status is a valid permit. Any other current
 *   status (irregular stay, rejected asylum, expired short stay, Dublin…) is "no right of residence".
 */
export function isInCustody(caseFile: Pick<CaseFile, 'custody'>, today: CalendarDate): boolean {
  const custody = caseFile.custody;
  return custody !== undefined && (custody.releasedOn === undefined || custody.releasedOn > today);
}

export function hasEstablishedNationality(caseFile: Pick<CaseFile, 'nationalities'>, country: string): boolean {
  return foreignNationalities(caseFile).some((nationality) => nationality.country === country && isEstablished(nationality.status));
}

export function hasRightOfResidence(caseFile: Pick<CaseFile, 'residencyHistory'>, today: CalendarDate): boolean {
  const current = caseFile.residencyHistory
    .filter((status) => status.from <= today && (status.to === undefined || status.to >= today))
    .sort((a, b) => a.from.localeCompare(b.from))
    .at(-1);
  return current?.status === 'valid_permit';
}

export interface CustodyFigures {
  inCustody: number;
  withoutRightOfResidence: number;
}

/** "N nationals of `country` in Belgian prisons, M of them without a right of residence." */
export function custodyFigures(cases: Iterable<CaseFile>, country: string, today: CalendarDate): CustodyFigures {
  let inCustody = 0;
  let withoutRightOfResidence = 0;
  for (const caseFile of cases) {
    if (!isInCustody(caseFile, today) || !hasEstablishedNationality(caseFile, country)) continue;
    inCustody += 1;
    if (!hasRightOfResidence(caseFile, today)) withoutRightOfResidence += 1;
  }
  return { inCustody, withoutRightOfResidence };
}
