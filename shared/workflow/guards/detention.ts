import type { CaseFile, DetentionPeriod, IsoDate } from '../../model';
import { familiesWithMinorsNotDetained, returnDirectiveDetentionCeiling, type LegalPeriod } from '../../reference';
import { detentionDeadline, detentionMaximum } from '../../rules/deadlines';
import { accompanyingMinorChildren, cumulativeDetentionDays, openDetentionPeriod, personIsMinor } from '../caseFacts';
import type { CaseGuard } from '../types';
import { unmet } from './condition';
import { daysBetween, describePeriod, periodEnd } from './legalCalendar';

const minorsBasis = `${familiesWithMinorsNotDetained.legalBasis}; Directive 2008/115/EC Art. 17`;

/** The hard stop of a detention title (return: 5 months, 8 on public-order grounds; other types per their article): the rules' value. */
export function detentionTitleMaximum(period: DetentionPeriod): LegalPeriod {
  return detentionMaximum(period);
}

/** Last day the current title allows: the rules' "detention maximum" deadline. */
export function detentionTitleLastDay(period: DetentionPeriod, caseFile: CaseFile, today: IsoDate): IsoDate {
  return detentionDeadline(period, caseFile, today).find((deadline) => deadline.kind === 'detention_maximum')?.dueDate ?? periodEnd(period.startedOn, detentionMaximum(period));
}

/** Days the Return Directive allows in total (18 months from the first detention, counted as days). */
export function returnDirectiveCeilingDays(caseFile: CaseFile): number | undefined {
  const first = [...caseFile.detentionPeriods].sort((a, b) => a.startedOn.localeCompare(b.startedOn)).at(0);
  if (first === undefined) return undefined;
  return daysBetween(first.startedOn, periodEnd(first.startedOn, returnDirectiveDetentionCeiling.extended));
}

/** No detention in a closed centre for a minor or a family with minor children; unknown age is not "adult". */
export const notMinorOrFamilyWithMinors: CaseGuard = {
  id: 'not_minor_or_family_with_minors',
  factual: true,
  check: ({ caseFile, today }) => {
    const failures = [];
    const minor = personIsMinor(caseFile, today);
    if (minor === undefined) {
      failures.push(unmet('person_age_known', 'The date of birth is not recorded: it is needed to rule out the detention of a minor (record an estimate after an age assessment if unknown).', minorsBasis));
    } else if (minor) {
      failures.push(unmet('person_not_minor', 'The person is a minor: a minor may not be held in a closed centre.', minorsBasis));
    }
    const children = accompanyingMinorChildren(caseFile, today);
    if (children.length > 0) {
      failures.push(unmet('no_minor_children', `The person lives in Belgium with minor children (${children.map((child) => child.name).join(', ')}): families with minor children may not be held in a closed centre; consider a family unit or another alternative.`, minorsBasis));
    }
    return failures;
  },
};

/** The Return Directive ceiling (cumulative, gaps included) is not yet reached. */
export const underReturnDirectiveCeiling: CaseGuard = {
  id: 'under_return_directive_ceiling',
  factual: false,
  check: ({ caseFile, today }) => {
    const ceiling = returnDirectiveCeilingDays(caseFile);
    if (ceiling === undefined) return [];
    const served = cumulativeDetentionDays(caseFile, today);
    return served >= ceiling
      ? [unmet('return_directive_ceiling', `The person has spent ${served} days in detention for this return: the ${describePeriod(returnDirectiveDetentionCeiling.extended)} ceiling is reached, counting all detention titles.`, returnDirectiveDetentionCeiling.extended.legalBasis)]
      : [];
  },
};

export const currentlyDetained: CaseGuard = {
  id: 'currently_detained',
  factual: true,
  check: ({ caseFile }) =>
    openDetentionPeriod(caseFile) === undefined
      ? [unmet('currently_detained', 'No running detention title is recorded.', 'Aliens Act Art. 7')]
      : [],
};

/** Releasing "at the maximum" is recorded only when the title's hard stop is reached. */
export const detentionMaximumReached: CaseGuard = {
  id: 'detention_maximum_reached',
  factual: true,
  check: ({ caseFile, today }) => {
    const period = openDetentionPeriod(caseFile);
    if (period === undefined) return [unmet('currently_detained', 'No running detention title is recorded.', 'Aliens Act Art. 7')];
    const lastDay = detentionTitleLastDay(period, caseFile, today);
    return today < lastDay
      ? [unmet('detention_maximum_reached', `The detention title allows detention until ${lastDay}: use "release" for an earlier release.`, detentionTitleMaximum(period).legalBasis)]
      : [];
  },
};
