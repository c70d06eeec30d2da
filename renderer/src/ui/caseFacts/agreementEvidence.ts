import { readmissionAgreementFor, type EvidenceDocumentType } from '../../../../shared/reference';

/** What the readmission agreement with a country accepts as evidence of nationality. */
export interface AgreementEvidenceGuide {
  agreementId: string;
  agreementTitle: string;
  proof: readonly EvidenceDocumentType[];
  primaFacie: readonly EvidenceDocumentType[];
  copiesAndExpiredProofArePrimaFacie: boolean;
  legalBasis: string;
  verified: boolean;
}

export function agreementEvidenceGuide(country: string | undefined): AgreementEvidenceGuide | undefined {
  if (!country) return undefined;
  const agreement = readmissionAgreementFor(country);
  if (!agreement) return undefined;
  return {
    agreementId: agreement.id,
    agreementTitle: agreement.title,
    proof: agreement.evidence.proof,
    primaFacie: agreement.evidence.primaFacie,
    copiesAndExpiredProofArePrimaFacie: agreement.evidence.copiesAndExpiredProofArePrimaFacie,
    legalBasis: agreement.evidence.legalBasis,
    verified: agreement.evidence.verified,
  };
}
