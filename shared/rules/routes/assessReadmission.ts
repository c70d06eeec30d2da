import type { CaseFile, ReadmissionRequest } from '../../model';
import { readmissionAgreementFor, type CalendarDate, type ReadmissionRequestItem } from '../../reference';
import type { Assessment } from '../assessment';
import { agreementOfRequest, readmissionReplyStatus, readmissionTransferWindowDeadline, thirdCountryNationalRequestDeadline } from '../deadlines/readmissionDeadlines';
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
    checks.push(ruleCheck({
      id: 'READM-1', kind: 'condition', status: state ? 'not_met' : 'unknown', variant: state ? 'no_agreement' : 'no_state',
      text: state ? `No readmission agreement with ${state} in the reference data.` : 'The country of return is not established.',
      legalBasis: 'Reference data: readmission agreements', verified: false, facts: { requestedState: state }, params: { state },
      toChange: state ? 'Use a consular identification and travel document instead.' : 'Establish the nationality.',
    }));
    const verdict = verdictOf(checks);
    return { subject: 'readmission', verdict, basis: null, checks, assessedOn: asOf, summary: 'No readmission agreement applies.', summaryKey: 'rules.route.readmission.noAgreement', requestedState: state, requestId: request?.id ?? null };
  }
  checks.push(ruleCheck({ id: 'READM-1', kind: 'condition', status: 'met', text: `${agreement.title} applies.`, legalBasis: agreement.inForceLegalBasis, verified: agreement.inForceVerified, facts: { requestedState: state, agreementId: agreement.id }, params: { state } }));

  const subject = request?.subject ?? 'own_national';
  if (subject === 'own_national') {
    const nationality = caseFile.nationalities.find((candidate) => candidate.country === state && isEstablished(candidate.status));
    const evidenceDocument = caseFile.documents.find((document) => document.issuingCountry === state && (document.evidenceClass === 'proof' || document.evidenceClass === 'prima_facie') && document.authenticity !== 'false');
    const facts = { nationalityStatus: nationality?.status ?? null, evidenceDocument: evidenceDocument?.type ?? null };
    checks.push(
      nationality || evidenceDocument
        ? ruleCheck({ id: 'READM-2', kind: 'condition', status: 'met', text: 'Evidence of nationality of at least prima facie grade is on file.', legalBasis: agreement.evidence.legalBasis, verified: agreement.evidence.verified, facts })
        : ruleCheck({ id: 'READM-2', kind: 'condition', status: 'not_met', text: 'No proof or prima facie evidence of nationality on file.', legalBasis: agreement.evidence.legalBasis, verified: agreement.evidence.verified, facts, toChange: `Add a document from the agreement's annexes (proof: ${agreement.evidence.proof.join(', ')}; prima facie: ${agreement.evidence.primaFacie.join(', ')}).` }),
    );
  } else if (request) {
    const deadline = thirdCountryNationalRequestDeadline(caseFile, request, asOf);
    const limit = agreement.thirdCountryNationalRequestLimit;
    if (!agreement.coversThirdCountryNationals.value) {
      checks.push(ruleCheck({ id: 'READM-4', kind: 'condition', status: 'not_met', variant: 'not_covered', text: 'The agreement does not cover third-country nationals.', legalBasis: agreement.coversThirdCountryNationals.legalBasis, verified: agreement.coversThirdCountryNationals.verified, facts: { subject } }));
    } else if (!deadline || !limit) {
      checks.push(ruleCheck({ id: 'READM-4', kind: 'condition', status: 'unknown', text: 'When the irregular stay became known is not recorded.', legalBasis: limit?.legalBasis ?? agreement.coversThirdCountryNationals.legalBasis, verified: limit?.verified ?? false, facts: { subject }, toChange: 'Record the date the irregular stay became known.' }));
    } else {
      const sentInTime = request.sentOn !== undefined && request.sentOn <= deadline.dueDate;
      const stillInTime = request.sentOn === undefined && asOf <= deadline.dueDate;
      checks.push(ruleCheck({
        id: 'READM-4', kind: 'condition', status: sentInTime || stillInTime ? 'met' : 'not_met',
        text: sentInTime ? 'The request was sent within the time limit for third-country nationals.' : stillInTime ? `The request must be sent by ${deadline.dueDate}.` : `The time limit for a third-country national request ended on ${deadline.dueDate}.`,
        legalBasis: limit.legalBasis, verified: limit.verified, facts: { subject, sentOn: request.sentOn ?? null, limit: deadline.dueDate }, params: { date: deadline.dueDate },
        ...(sentInTime || stillInTime ? {} : { toChange: 'Only if legal or factual obstacles extended the limit.' }),
      }));
    }
  }

  const missing = agreement.requestItems.filter((item) => !request?.attachments[attachmentOf[item]]);
  checks.push(
    !request
      ? ruleCheck({ id: 'READM-3', kind: 'formality', status: 'unknown', variant: 'no_request', text: 'No request prepared yet.', legalBasis: agreement.requestItemsLegalBasis, verified: false, facts: { request: false }, toChange: `Prepare the request with: ${agreement.requestItems.join(', ')}.` })
      : missing.length === 0
        ? ruleCheck({ id: 'READM-3', kind: 'formality', status: 'met', text: 'The request carries the form, photo, fingerprints and document copies.', legalBasis: agreement.requestItemsLegalBasis, verified: false, facts: { missing: null } })
        : ruleCheck({ id: 'READM-3', kind: 'formality', status: 'not_met', text: `The request lacks: ${missing.join(', ')}.`, legalBasis: agreement.requestItemsLegalBasis, verified: false, facts: { missing: missing.join(',') }, toChange: `Attach ${missing.join(', ')}.` }),
  );

  if (request) {
    const reply = readmissionReplyStatus(request, asOf);
    const basis = agreement.replyPeriod.legalBasis;
    if (reply.state === 'replied' && reply.outcome === 'rejected') {
      checks.push(ruleCheck({ id: 'READM-5', kind: 'outcome', status: 'not_met', variant: 'rejected', text: `${state ?? ''} refused the request on ${reply.repliedOn}.`, legalBasis: basis, verified: agreement.replyPeriod.verified, facts: { reply: 'rejected' }, toChange: 'A new request needs new evidence.' }));
    } else if ((reply.state === 'replied' && reply.outcome === 'accepted') || reply.state === 'deemed_accepted') {
      const window = readmissionTransferWindowDeadline(request, asOf);
      const expired = request.status === 'TRANSFER_WINDOW_EXPIRED' || window?.state === 'overdue';
      checks.push(ruleCheck({ id: 'READM-5', kind: 'outcome', status: 'met', variant: reply.state, text: reply.state === 'deemed_accepted' ? `No reply in time: the request counts as accepted from ${reply.deemedAcceptedOn}.` : `Accepted on ${reply.repliedOn}.`, legalBasis: reply.state === 'deemed_accepted' ? reply.legalBasis : basis, verified: agreement.silenceMeansAcceptance.verified, facts: { reply: reply.state } }));
      if (window) {
        checks.push(ruleCheck({
          id: 'READM-6', kind: 'condition', status: expired ? 'not_met' : 'met',
          text: expired ? `The transfer window ended on ${window.dueDate}.` : `Transfer by ${window.dueDate}.`,
          legalBasis: window.legalBasis, verified: window.verified, facts: { transferBy: window.dueDate, executedOn: request.executedOn ?? null }, params: { date: window.dueDate },
          ...(expired ? { toChange: 'A new request is needed, unless obstacles recorded extend the window.' } : {}),
        }));
      }
    } else {
      checks.push(ruleCheck({ id: 'READM-5', kind: 'outcome', status: 'unknown', variant: reply.state, text: reply.state === 'awaiting_reply' ? `Awaiting the reply (due ${reply.dueDate}).` : 'The request has not been received by the requested state yet.', legalBasis: basis, verified: agreement.replyPeriod.verified, facts: { reply: reply.state } }));
    }
  }

  const verdict = verdictOf(checks);
  return {
    subject: 'readmission', verdict,
    basis: { id: agreement.id, title: agreement.title, legalBasis: agreement.inForceLegalBasis, verified: agreement.inForceVerified },
    checks, assessedOn: asOf,
    summary: `Readmission to ${state ?? '?'}: ${verdict.replace('_', ' ')}.`, summaryKey: `rules.route.readmission.${verdict}`,
    requestedState: state, requestId: request?.id ?? null,
  };
}
