import type { CaseFile, IsoDate, SentenceTransfer, TransferInstrument } from '../../model';
import { assessTransferEligibility, type RuleCheck, type TransferEligibility } from '../../rules';
import { term } from '../../explanations';
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

/** A check that makes the verdict "not eligible": a legal condition or the other state's decision, not met. */
function blocksAssessment(check: RuleCheck): boolean {
  return check.status === 'not_met' && (check.kind === 'condition' || check.kind === 'outcome');
}

/** A check that stands in the way, as an unmet condition with the same message, values and remedy. */
export function fromCheck(check: RuleCheck): UnmetCondition {
  return {
    id: check.id,
    messageKey: check.messageKey,
    params: check.params,
    message: check.toChange === undefined ? check.text : `${check.text} ${check.toChange.text}`,
    ...(check.toChange === undefined ? {} : { toChange: check.toChange }),
    legalBasis: check.legalBasis,
  };
}

/** The rules' assessment for one administering state: the leading one or one of the person's other nationalities. */
export function transferEligibilityFor(caseFile: CaseFile, state: string, today: IsoDate): TransferEligibility | undefined {
  const assessment = assessTransferEligibility(caseFile, today);
  return [assessment, ...assessment.alternatives].find((candidate) => candidate.administeringState === state);
}

/**
 * What stands in the way of considering a transfer to `state` under `instrument`: the
 * state must be one the rules assess (a nationality, or the residence a declaring state
 * counts as nationality), the rules must not call the transfer not eligible, and the
 * instrument and the without-consent basis must be the ones the rules identify. A verdict
 * of "needs review" may be considered: that is what the assessment is for.
 */
export function transferAssessmentProblems(
  caseFile: CaseFile,
  input: { instrument: TransferInstrument; administeringState: string; withoutConsent: boolean },
  today: IsoDate,
): UnmetCondition[] {
  const eligibility = transferEligibilityFor(caseFile, input.administeringState, today);
  if (eligibility === undefined) {
    return [
      unmet('administering_state_nationality', say('unmet.administering_state_nationality', { state: input.administeringState }), 'ETS 112 Art. 3(1)(a)'),
    ];
  }
  if (eligibility.verdict === 'not_eligible') return eligibility.checks.filter(blocksAssessment).map(fromCheck);
  const problems: UnmetCondition[] = [];
  const basis = eligibility.basis?.legalBasis ?? 'ETS 112 Art. 3';
  if (eligibility.modelInstrument !== null && eligibility.modelInstrument !== input.instrument) {
    problems.push(
      unmet(
        'transfer_instrument',
        say('unmet.transfer_instrument', { state: input.administeringState, instrument: term('transferBasis', eligibility.modelInstrument) }),
        basis,
      ),
    );
  }
  if (eligibility.withoutConsent !== null && eligibility.withoutConsent !== input.withoutConsent) {
    problems.push(
      unmet('transfer_consent_basis', say(eligibility.withoutConsent ? 'unmet.transfer_without_consent_basis' : 'unmet.transfer_with_consent_basis'), basis),
    );
  }
  return problems;
}

export const transferRequestConditions: CaseGuard = {
  id: 'transfer_request_conditions',
  factual: true,
  check: ({ caseFile, today }) => {
    const failures: UnmetCondition[] = [];
    if (transferUnderAssessment(caseFile) === undefined) {
      failures.push(
        unmet(
          'transfer_under_assessment',
          say('unmet.transfer_under_assessment'),
          'ETS 112 Art. 3; office procedure of the Immigration Office (a transfer is requested after its assessment)',
        ),
      );
    }
    const assessment = assessTransferEligibility(caseFile, today);
    for (const check of assessment.checks.filter(blocksRequest)) {
      failures.push(fromCheck(check));
    }
    if (assessment.verdict !== 'eligible' && failures.length === 0) {
      failures.push(
        unmet(
          'transfer_eligible',
          { key: assessment.summaryKey, params: assessment.summaryParams, text: assessment.summary },
          assessment.basis?.legalBasis ?? 'ETS 112 Art. 3',
        ),
      );
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
