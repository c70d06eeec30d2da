import type { CaseFile, DublinRequest, IsoDate } from '../../model';
import { dublinRegimeFor } from '../../reference';
import type { CaseGuard } from '../types';
import { say, unmet } from './condition';
import { dublinTransferDeadline } from '../../rules/deadlines';

/** The accepted Dublin request the transfer relies on. */
export function acceptedDublinRequest(caseFile: CaseFile): DublinRequest | undefined {
  return caseFile.dublinRequests.find((request) => request.status === 'accepted' && request.acceptedOn !== undefined);
}

/**
 * Last day to transfer: 6 months from acceptance or from the final decision on a
 * suspensive appeal, extended for imprisonment or absconding (Dublin III Art. 29(1)–(2);
 * AMMR for applications registered from 1 July 2026). Periods come from reference data.
 */
export function dublinTransferLastDay(request: DublinRequest, today: IsoDate): IsoDate | undefined {
  return dublinTransferDeadline(request, today)?.dueDate;
}

function transferBasis(request: DublinRequest): string {
  return `${dublinRegimeFor(request.applicationLodgedOn).transferPeriod.legalBasis}`;
}

export const dublinTransferPossible: CaseGuard = {
  id: 'dublin_transfer_possible',
  factual: true,
  check: ({ caseFile, today }) => {
    const request = acceptedDublinRequest(caseFile);
    if (request === undefined) {
      return [unmet('dublin_accepted', say('unmet.dublin_accepted'), 'Regulation (EU) No 604/2013 Arts. 22(7), 25(2), 29(1)')];
    }
    const lastDay = dublinTransferLastDay(request, today);
    if (lastDay !== undefined && today > lastDay) {
      return [unmet('dublin_window_open', say('unmet.dublin_window_ended', { date: lastDay }), `${transferBasis(request)}; Art. 29(2)`)];
    }
    return [];
  },
};

export const dublinProcedureEnded: CaseGuard = {
  id: 'dublin_procedure_ended',
  factual: true,
  check: ({ caseFile, today }) => {
    if (caseFile.dublinRequests.some((request) => request.status === 'rejected')) return [];
    const request = acceptedDublinRequest(caseFile);
    const lastDay = request === undefined ? undefined : dublinTransferLastDay(request, today);
    if (request !== undefined && lastDay !== undefined && today > lastDay) return [];
    return [
      unmet(
        'dublin_procedure_ended',
        lastDay === undefined ? say('unmet.dublin_procedure_open') : say('unmet.dublin_procedure_running', { date: lastDay }),
        'Regulation (EU) No 604/2013 Art. 29(2)',
      ),
    ];
  },
};
