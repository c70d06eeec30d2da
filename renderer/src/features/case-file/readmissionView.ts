import type { CaseFile, ReadmissionRequest } from '../../../../shared/model';
import { readmissionAgreements, readmissionAgreementFor, type ReadmissionAgreement, type ReadmissionRequestItem } from '../../../../shared/reference';
import { readmissionReplyStatus, type ReadmissionReplyStatus } from '../../../../shared/rules';

export interface EvidenceChecklistItem {
  documentId: string;
  type: string;
  number: string | undefined;
  /** The grade the agreement gives this document type (copies and expired proof count as prima facie). */
  grade: 'proof' | 'prima_facie' | 'none';
  attached: boolean;
}

export interface AttachmentItem {
  item: ReadmissionRequestItem;
  attached: boolean;
}

export interface ReadmissionRequestView {
  request: ReadmissionRequest;
  agreement: ReadmissionAgreement | undefined;
  reply: ReadmissionReplyStatus;
  evidence: EvidenceChecklistItem[];
  attachments: AttachmentItem[];
  /** The timer has turned a silent request into an acceptance the caseworker can record. */
  deemedAcceptanceDue: boolean;
}

const attachmentFields: Readonly<Record<ReadmissionRequestItem, keyof ReadmissionRequest['attachments']>> = {
  request_form: 'requestForm',
  photo: 'photo',
  fingerprints: 'fingerprints',
  document_copies: 'documentCopies',
};

export function attachmentField(item: ReadmissionRequestItem): keyof ReadmissionRequest['attachments'] {
  return attachmentFields[item];
}

function agreementById(id: string): ReadmissionAgreement | undefined {
  return Object.values(readmissionAgreements).find((agreement) => agreement.id === id);
}

/** How the agreement grades a document on file. */
export function evidenceGrade(
  agreement: ReadmissionAgreement | undefined,
  document: CaseFile['documents'][number],
  today: string,
): EvidenceChecklistItem['grade'] {
  if (!agreement) return 'none';
  const expired = document.validUntil !== undefined && document.validUntil < today;
  if (agreement.evidence.proof.some((type) => type === document.type)) {
    return (document.form === 'copy' || expired) && agreement.evidence.copiesAndExpiredProofArePrimaFacie
      ? 'prima_facie'
      : document.form === 'original' && !expired
        ? 'proof'
        : 'none';
  }
  return agreement.evidence.primaFacie.some((type) => type === document.type) ? 'prima_facie' : 'none';
}

/** Each readmission request with its agreement, reply clock, evidence checklist and attachments list. */
export function readmissionRequestViews(caseFile: CaseFile, today: string): ReadmissionRequestView[] {
  return caseFile.readmissionRequests.map((request) => {
    const agreement = agreementById(request.agreementId) ?? readmissionAgreementFor(request.requestedState);
    const reply = readmissionReplyStatus(request, today);
    return {
      request,
      agreement,
      reply,
      evidence: caseFile.documents.map((document) => ({
        documentId: document.id,
        type: document.type,
        number: document.number,
        grade: evidenceGrade(agreement, document, today),
        attached: request.evidenceDocumentIds.includes(document.id),
      })),
      attachments: (agreement?.requestItems ?? []).map((item) => ({ item, attached: request.attachments[attachmentFields[item]] })),
      deemedAcceptanceDue: request.status === 'SENT' && reply.state === 'deemed_accepted' && reply.deemedAcceptedOn <= today,
    };
  });
}

/** The agreement Belgium would use to ask the person's state of nationality, if any. */
export function readmissionAgreementForCase(caseFile: CaseFile): ReadmissionAgreement | undefined {
  for (const nationality of caseFile.nationalities) {
    if (nationality.status === 'denied') continue;
    const agreement = readmissionAgreementFor(nationality.country);
    if (agreement) return agreement;
  }
  return undefined;
}
