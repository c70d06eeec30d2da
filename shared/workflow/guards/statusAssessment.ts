import { currentResidencyStatus } from '../caseFacts';
import type { CaseGuard } from '../types';
import { say, unmet } from './condition';

const authorisedStayBasis = 'Aliens Act (Law of 15 December 1980) Arts. 9–13 (authorisation of stay)';
const returnDecisionBasis =
  'Directive 2008/115/EC Art. 6(1) (return decision for an illegally staying third-country national); Directive 2013/32/EU Art. 9 (right to remain pending examination)';

export const validPermitRecorded: CaseGuard = {
  id: 'valid_permit_recorded',
  factual: true,
  check: ({ caseFile, today }) =>
    currentResidencyStatus(caseFile, today)?.status === 'valid_permit'
      ? []
      : [unmet('valid_permit_recorded', say('unmet.valid_permit_recorded'), authorisedStayBasis)],
};

/** A return decision needs a recorded irregular stay: no current permit and no asylum application pending. */
export const staysIllegally: CaseGuard = {
  id: 'stays_illegally',
  factual: true,
  check: ({ caseFile, today }) => {
    const current = currentResidencyStatus(caseFile, today);
    if (current === undefined) {
      return [unmet('stays_illegally', say('unmet.stays_illegally_status_unknown'), returnDecisionBasis)];
    }
    if (current.status === 'valid_permit') {
      return [unmet('stays_illegally', say('unmet.stays_illegally_valid_permit'), returnDecisionBasis)];
    }
    if (current.status === 'asylum_pending') {
      return [unmet('stays_illegally', say('unmet.stays_illegally_protection_pending'), returnDecisionBasis)];
    }
    return [];
  },
};

export const dublinRequestRecorded: CaseGuard = {
  id: 'dublin_request_recorded',
  factual: true,
  check: ({ caseFile }) =>
    caseFile.dublinRequests.some((request) => request.status !== 'withdrawn')
      ? []
      : [
          unmet(
            'dublin_request_recorded',
            say('unmet.dublin_request_recorded'),
            'Regulation (EU) No 604/2013 Arts. 21, 23 (Regulation (EU) 2024/1351 for applications from 1 July 2026)',
          ),
        ],
};

export const inCustody: CaseGuard = {
  id: 'in_custody',
  factual: true,
  check: ({ caseFile }) =>
    caseFile.custody !== undefined && caseFile.custody.releasedOn === undefined
      ? []
      : [unmet('in_custody', say('unmet.in_custody'), 'Enforcement of a criminal sentence (custody record)')],
};
