import type { CaseFile, SentenceTransfer } from '../../model';
import { assessTransferEligibility, type RuleCheck } from '../../rules';
import type { CaseGuard, UnmetCondition } from '../types';
import { unmet } from './condition';

/**
 * Conditions to request a transfer of a sentenced person (domain.md §5(c) TST-1…TST-7):
 * the rules' explained assessment decides; every check not met or unknown (unknown is
 * never met) becomes a condition the caseworker can act on.
 */

export function transferUnderAssessment(caseFile: CaseFile): SentenceTransfer | undefined {
  return caseFile.sentenceTransfers.find((transfer) => transfer.status === 'assessing');
}

/** A check stands in the way of requesting the transfer: a legal condition or formality not met or unknown, or a negative outcome. */
function blocksRequest(check: RuleCheck): boolean {
  if (check.kind === 'condition' || check.kind === 'formality') return check.status !== 'met';
  if (check.kind === 'outcome') return check.status === 'not_met';
  return false;
}

export const transferRequestConditions: CaseGuard = {
  id: 'transfer_request_conditions',
  factual: true,
  check: ({ caseFile, today }) => {
    const failures: UnmetCondition[] = [];
    if (transferUnderAssessment(caseFile) === undefined) {
      failures.push(unmet('transfer_under_assessment', 'No transfer under assessment is recorded: open the assessment with the instrument and the administering state.', 'domain.md §5(c) TST-7'));
    }
    const assessment = assessTransferEligibility(caseFile, today);
    for (const check of assessment.checks.filter(blocksRequest)) {
      failures.push(unmet(check.id, check.toChange === undefined ? check.text : `${check.text} ${check.toChange.text}`, check.legalBasis));
    }
    if (assessment.verdict !== 'eligible' && failures.length === 0) {
      failures.push(unmet('transfer_eligible', assessment.summary, assessment.basis?.legalBasis ?? 'ETS 112 Art. 3'));
    }
    return failures;
  },
};

export const transferRequested: CaseGuard = {
  id: 'transfer_requested',
  factual: true,
  check: ({ caseFile }) =>
    caseFile.sentenceTransfers.some((transfer) => transfer.status === 'requested' || transfer.status === 'accepted')
      ? []
      : [unmet('transfer_requested', 'No transfer request is recorded as sent: the outcome can be recorded only for a request.', 'ETS 112 Art. 3(1)(f)')],
};
