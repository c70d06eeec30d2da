import type { CaseFile, SentenceTransfer } from '../../model';
import { assessTransferEligibility, type RuleCheck } from '../../rules';
import type { CaseGuard, UnmetCondition } from '../types';
import { say, unmet } from './condition';

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

/** A check that stands in the way, as an unmet condition with the same message, values and remedy. */
function fromCheck(check: RuleCheck): UnmetCondition {
  return {
    id: check.id,
    messageKey: check.messageKey,
    params: check.params,
    message: check.toChange === undefined ? check.text : `${check.text} ${check.toChange.text}`,
    ...(check.toChange === undefined ? {} : { toChange: check.toChange }),
    legalBasis: check.legalBasis,
  };
}

export const transferRequestConditions: CaseGuard = {
  id: 'transfer_request_conditions',
  factual: true,
  check: ({ caseFile, today }) => {
    const failures: UnmetCondition[] = [];
    if (transferUnderAssessment(caseFile) === undefined) {
      failures.push(unmet('transfer_under_assessment', say('unmet.transfer_under_assessment'), 'domain.md §5(c) TST-7'));
    }
    const assessment = assessTransferEligibility(caseFile, today);
    for (const check of assessment.checks.filter(blocksRequest)) {
      failures.push(fromCheck(check));
    }
    if (assessment.verdict !== 'eligible' && failures.length === 0) {
      failures.push(unmet('transfer_eligible', { key: assessment.summaryKey, params: assessment.summaryParams, text: assessment.summary }, assessment.basis?.legalBasis ?? 'ETS 112 Art. 3'));
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
      : [unmet('transfer_requested', say('unmet.transfer_requested'), 'ETS 112 Art. 3(1)(f)')],
};
