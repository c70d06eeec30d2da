import type { CaseFile, DetentionPeriod, IsoDate } from '../../model';
import { familiesWithMinorsNotDetained, returnDirectiveDetentionCeiling, type LegalPeriod } from '../../reference';
import { detentionDeadline, detentionMaximum } from '../../rules/deadlines';
import { accompanyingMinorChildren, cumulativeDetentionDays, openDetentionPeriod, personIsMinor } from '../caseFacts';
import type { CaseGuard } from '../types';
import { periodParams } from '../../explanations';
import { say, unmet } from './condition';
import { daysBetween, periodEnd } from './legalCalendar';

const minorsBasis = `${familiesWithMinorsNotDetained.legalBasis}; Directive 2008/115/EC Art. 17`;

/** The hard stop of a detention title (return: 5 months, 8 on public-order grounds; other types per their article): the rules' value. */
export function detentionTitleMaximum(period: DetentionPeriod): LegalPeriod {
  return detentionMaximum(period);
}

/** Last day the current title allows: the rules' "detention maximum" deadline. */
export function detentionTitleLastDay(period: DetentionPeriod, caseFile: CaseFile, today: IsoDate): IsoDate {
  return (
    detentionDeadline(period, caseFile, today).find((deadline) => deadline.kind === 'detention_maximum')?.dueDate ??
    periodEnd(period.startedOn, detentionMaximum(period))
  );
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
      failures.push(unmet('person_age_known', say('unmet.person_age_known'), minorsBasis));
    } else if (minor) {
      failures.push(unmet('person_not_minor', say('unmet.person_not_minor'), minorsBasis));
    }
    const children = accompanyingMinorChildren(caseFile, today);
    if (children.length > 0) {
      failures.push(unmet('no_minor_children', say('unmet.no_minor_children', { children: children.map((child) => child.name).join(', ') }), minorsBasis));
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
      ? [
          unmet(
            'return_directive_ceiling',
            say('unmet.return_directive_ceiling', { days: served, ...periodParams(returnDirectiveDetentionCeiling.extended) }),
            returnDirectiveDetentionCeiling.extended.legalBasis,
          ),
        ]
      : [];
  },
};

export const currentlyDetained: CaseGuard = {
  id: 'currently_detained',
  factual: true,
  check: ({ caseFile }) =>
    openDetentionPeriod(caseFile) === undefined ? [unmet('currently_detained', say('unmet.currently_detained'), 'Aliens Act Art. 7')] : [],
};

/** Releasing "at the maximum" is recorded only when the title's hard stop is reached. */
export const detentionMaximumReached: CaseGuard = {
  id: 'detention_maximum_reached',
  factual: true,
  check: ({ caseFile, today }) => {
    const period = openDetentionPeriod(caseFile);
    if (period === undefined) return [unmet('currently_detained', say('unmet.currently_detained'), 'Aliens Act Art. 7')];
    const lastDay = detentionTitleLastDay(period, caseFile, today);
    return today < lastDay
      ? [unmet('detention_maximum_reached', say('unmet.detention_maximum_reached', { date: lastDay }), detentionTitleMaximum(period).legalBasis)]
      : [];
  },
};
