import type { DublinRequest } from '../../model';
import { dublinRegimeFor, type CalendarDate, type DublinRegimeData } from '../../reference';
import { endOfPeriod } from './calendarArithmetic';
import { buildDeadline, type Deadline } from './deadline';

/** The transfer period that applies: the regime (by application date) and any extension. */
export function dublinTransferPeriod(request: Pick<DublinRequest, 'applicationLodgedOn' | 'extension'>): {
  regime: DublinRegimeData;
  period: DublinRegimeData['transferPeriod'];
} {
  const regime = dublinRegimeFor(request.applicationLodgedOn);
  const period =
    request.extension === 'imprisonment'
      ? regime.imprisonmentExtension
      : request.extension === 'absconding'
        ? regime.abscondingExtension
        : regime.transferPeriod;
  return { regime, period };
}

/**
 * Transfer within 6 months of acceptance or of the final decision on a suspensive appeal,
 * 12 (imprisonment) or 18 (absconding) under Dublin III Art. 29; the AMMR's own values for
 * applications from 1 July 2026. Otherwise responsibility passes to Belgium.
 */
export function dublinTransferDeadline(request: DublinRequest, asOf: CalendarDate): Deadline | undefined {
  if (!request.acceptedOn || request.status === 'withdrawn') return undefined;
  const startDate = request.suspensiveAppealFinalOn ?? request.acceptedOn;
  const { period } = dublinTransferPeriod(request);
  return buildDeadline({
    kind: 'dublin_transfer',
    record: { type: 'dublin_request', id: request.id },
    label: 'Dublin transfer',
    startDate,
    dueDate: endOfPeriod(startDate, period),
    period,
    legalBasis: period.legalBasis,
    verified: period.verified,
    metOn: request.transferredOn ?? null,
    consequence: 'deadlines.dublin_transfer.consequence.responsibilityShifts',
    asOf,
  });
}
