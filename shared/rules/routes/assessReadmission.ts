import type { CaseFile, ReadmissionRequest } from '../../model';
import { readmissionAgreementFor, type CalendarDate, type ReadmissionRequestItem } from '../../reference';
import { term, terms } from '../../explanations';
import { assessmentSummary, type Assessment } from '../assessment';
import {
  agreementOfRequest,
  readmissionReplyStatus,
  readmissionTransferWindowDeadline,
  thirdCountryNationalRequestDeadline,
} from '../deadlines/readmissionDeadlines';
import { isEstablished } from '../nationalityFacts';
import { ruleCheck, verdictOf, type RuleCheck } from '../ruleCheck';
import { returnDestination } from './returnFacts';

export interface ReadmissionAssessment extends Assessment<'readmission'> {
  requestedState: string | null;
  requestId: string | null;
}

const attachmentOf: Record<ReadmissionRequestItem, keyof ReadmissionRequest['attachments']> = {
  request_form: 'requestForm',
  photo: 'photo',
  fingerprints: 'fingerprints',
  document_copies: 'documentCopies',
};

/** READM (domain.md §5(c)): an agreement with the country, evidence of at least prima facie grade, a complete request. */
export function assessReadmission(caseFile: CaseFile, asOf: CalendarDate): ReadmissionAssessment {
  const request = caseFile.readmissionRequests.filter((candidate) => candidate.status !== 'WITHDRAWN').at(-1);
  const state = request?.requestedState ?? returnDestination(caseFile) ?? null;
  const agreement = request ? agreementOfRequest(request) : state ? readmissionAgreementFor(state) : undefined;
  const checks: RuleCheck[] = [];

  if (!agreement) {
    checks.push(
      ruleCheck({
        id: 'READM-1',
        kind: 'condition',
        status: state ? 'not_met' : 'unknown',
        variant: state ? 'no_agreement' : 'no_state',
        legalBasis: 'Reference data: readmission agreements',
        verified: false,
        facts: { requestedState: state },
        params: state ? { state } : {},
        toChange: true,
      }),
    );
    const verdict = verdictOf(checks);
    return {
      subject: 'readmission',
      verdict,
      basis: null,
      checks,
      assessedOn: asOf,
      ...assessmentSummary('rules.route.readmission.noAgreement'),
      requestedState: state,
      requestId: request?.id ?? null,
    };
  }
  checks.push(
    ruleCheck({
      id: 'READM-1',
      kind: 'condition',
      status: 'met',
      legalBasis: agreement.inForceLegalBasis,
      verified: agreement.inForceVerified,
      facts: { requestedState: state, agreementId: agreement.id },
      params: { agreement: term('instrument', agreement.id) },
    }),
  );

  const subject = request?.subject ?? 'own_national';
  if (subject === 'own_national') {
    const nationality = caseFile.nationalities.find((candidate) => candidate.country === state && isEstablished(candidate.status));
    const evidenceDocument = caseFile.documents.find(
      (document) =>
        document.issuingCountry === state &&
        (document.evidenceClass === 'proof' || document.evidenceClass === 'prima_facie') &&
        document.authenticity !== 'false',
    );
    const facts = { nationalityStatus: nationality?.status ?? null, evidenceDocument: evidenceDocument?.type ?? null };
    checks.push(
      nationality || evidenceDocument
        ? ruleCheck({
            id: 'READM-2',
            kind: 'condition',
            status: 'met',
            legalBasis: agreement.evidence.legalBasis,
            verified: agreement.evidence.verified,
            facts,
          })
        : ruleCheck({
            id: 'READM-2',
            kind: 'condition',
            status: 'not_met',
            legalBasis: agreement.evidence.legalBasis,
            verified: agreement.evidence.verified,
            facts,
            params: { proof: terms('documentType', agreement.evidence.proof), primaFacie: terms('documentType', agreement.evidence.primaFacie) },
            toChange: true,
          }),
    );
  } else if (request) {
    const deadline = thirdCountryNationalRequestDeadline(caseFile, request, asOf);
    const limit = agreement.thirdCountryNationalRequestLimit;
    if (!agreement.coversThirdCountryNationals.value) {
      checks.push(
        ruleCheck({
          id: 'READM-4',
          kind: 'condition',
          status: 'not_met',
          variant: 'not_covered',
          legalBasis: agreement.coversThirdCountryNationals.legalBasis,
          verified: agreement.coversThirdCountryNationals.verified,
          facts: { subject },
        }),
      );
    } else if (!deadline || !limit) {
      checks.push(
        ruleCheck({
          id: 'READM-4',
          kind: 'condition',
          status: 'unknown',
          legalBasis: limit?.legalBasis ?? agreement.coversThirdCountryNationals.legalBasis,
          verified: limit?.verified ?? false,
          facts: { subject },
          toChange: true,
        }),
      );
    } else {
      const sentInTime = request.sentOn !== undefined && request.sentOn <= deadline.dueDate;
      const stillInTime = request.sentOn === undefined && asOf <= deadline.dueDate;
      checks.push(
        ruleCheck({
          id: 'READM-4',
          kind: 'condition',
          status: sentInTime || stillInTime ? 'met' : 'not_met',
          ...(sentInTime ? { variant: 'sent' } : stillInTime ? { variant: 'pending' } : {}),
          legalBasis: limit.legalBasis,
          verified: limit.verified,
          facts: { subject, sentOn: request.sentOn ?? null, limit: deadline.dueDate },
          params: sentInTime ? {} : { date: deadline.dueDate },
          ...(sentInTime || stillInTime ? {} : { toChange: true as const }),
        }),
      );
    }
  }

  const missing = agreement.requestItems.filter((item) => !request?.attachments[attachmentOf[item]]);
  checks.push(
    !request
      ? ruleCheck({
          id: 'READM-3',
          kind: 'formality',
          status: 'unknown',
          variant: 'no_request',
          legalBasis: agreement.requestItemsLegalBasis,
          verified: false,
          facts: { request: false },
          params: { items: terms('requestItem', agreement.requestItems) },
          toChange: true,
        })
      : missing.length === 0
        ? ruleCheck({
            id: 'READM-3',
            kind: 'formality',
            status: 'met',
            legalBasis: agreement.requestItemsLegalBasis,
            verified: false,
            facts: { missing: null },
          })
        : ruleCheck({
            id: 'READM-3',
            kind: 'formality',
            status: 'not_met',
            legalBasis: agreement.requestItemsLegalBasis,
            verified: false,
            facts: { missing: missing.join(',') },
            params: { missing: terms('requestItem', missing) },
            toChange: true,
          }),
  );

  if (request) {
    const reply = readmissionReplyStatus(request, asOf);
    const basis = agreement.replyPeriod.legalBasis;
    if (reply.state === 'replied' && reply.outcome === 'rejected') {
      checks.push(
        ruleCheck({
          id: 'READM-5',
          kind: 'outcome',
          status: 'not_met',
          variant: 'rejected',
          legalBasis: basis,
          verified: agreement.replyPeriod.verified,
          facts: { reply: 'rejected' },
          params: { state: request.requestedState, date: reply.repliedOn },
          toChange: true,
        }),
      );
    } else if ((reply.state === 'replied' && reply.outcome === 'accepted') || reply.state === 'deemed_accepted') {
      const window = readmissionTransferWindowDeadline(request, asOf);
      const expired = request.status === 'TRANSFER_WINDOW_EXPIRED' || window?.state === 'overdue';
      checks.push(
        ruleCheck({
          id: 'READM-5',
          kind: 'outcome',
          status: 'met',
          variant: reply.state,
          params: { date: reply.state === 'deemed_accepted' ? reply.deemedAcceptedOn : reply.repliedOn },
          legalBasis: reply.state === 'deemed_accepted' ? reply.legalBasis : basis,
          verified: agreement.silenceMeansAcceptance.verified,
          facts: { reply: reply.state },
        }),
      );
      if (window) {
        checks.push(
          ruleCheck({
            id: 'READM-6',
            kind: 'condition',
            status: expired ? 'not_met' : 'met',
            legalBasis: window.legalBasis,
            verified: window.verified,
            facts: { transferBy: window.dueDate, executedOn: request.executedOn ?? null },
            params: { date: window.dueDate },
            ...(expired ? { toChange: true as const } : {}),
          }),
        );
      }
    } else {
      checks.push(
        ruleCheck({
          id: 'READM-5',
          kind: 'outcome',
          status: 'unknown',
          variant: reply.state,
          params: reply.state === 'awaiting_reply' || reply.state === 'reply_overdue' ? { date: reply.dueDate } : {},
          legalBasis: basis,
          verified: agreement.replyPeriod.verified,
          facts: { reply: reply.state },
          toChange: true,
        }),
      );
    }
  }

  const verdict = verdictOf(checks);
  return {
    subject: 'readmission',
    verdict,
    basis: { id: agreement.id, title: agreement.title, legalBasis: agreement.inForceLegalBasis, verified: agreement.inForceVerified },
    checks,
    assessedOn: asOf,
    ...assessmentSummary(`rules.route.readmission.${verdict}`, { state: state ?? '?' }),
    requestedState: state,
    requestId: request?.id ?? null,
  };
}
