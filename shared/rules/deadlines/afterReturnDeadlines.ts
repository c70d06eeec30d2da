import type { CaseFile, EntryBanDecision } from '../../model';
import { returnPeriods, type CalendarDate, type LegalPeriod } from '../../reference';
import { endOfPeriod } from './calendarArithmetic';
import { buildDeadline, type Deadline } from './deadline';
import { departureDate } from './voluntaryDepartureDeadline';

/** Entry bans run from actual departure (RD Art. 11(2)); nothing runs before the person has left. */
export function entryBanDeadlines(caseFile: Pick<CaseFile, 'decisions' | 'returnOperation'>, asOf: CalendarDate): Deadline[] {
  const departedOn = departureDate(caseFile);
  if (!departedOn) return [];
  const basis = returnPeriods.entryBanMaximum;
  return caseFile.decisions
    .filter((decision): decision is EntryBanDecision => decision.type === 'entry_ban')
    .map((ban) => {
      const period: LegalPeriod = {
        amount: ban.durationMonths,
        unit: 'months',
        legalBasis: ban.legalBasis || basis.legalBasis,
        verified: basis.verified,
        note: 'Length set in the decision.',
      };
      return buildDeadline({
        kind: 'entry_ban_end',
        record: { type: 'decision', id: ban.id },
        label: 'Entry ban ends',
        startDate: departedOn,
        dueDate: endOfPeriod(departedOn, period),
        period,
        legalBasis: period.legalBasis,
        verified: period.verified,
        metOn: null,
        nature: 'expiry',
        asOf,
      });
    });
}

/** In-kind reintegration support must be used within 12 months of the return (Fedasil). */
export function reintegrationDeadline(caseFile: Pick<CaseFile, 'returnOperation'>, asOf: CalendarDate): Deadline | undefined {
  const operation = caseFile.returnOperation;
  const reintegration = operation?.reintegration;
  const start = reintegration?.startsOn ?? departureDate(caseFile);
  if (!operation || !reintegration || reintegration.tier === 'none' || !start) return undefined;
  const period = returnPeriods.reintegrationPeriod;
  return buildDeadline({
    kind: 'reintegration_end',
    record: { type: 'return_operation', id: operation.id },
    label: 'Reintegration support to be used by',
    startDate: start,
    dueDate: endOfPeriod(start, period),
    period: { ...period },
    legalBasis: period.legalBasis,
    verified: period.verified,
    metOn: null,
    nature: 'expiry',
    asOf,
  });
}
