import { z } from 'zod';
import { DocumentTypeSchema } from '../model/document';

/**
 * Document types from the readmission agreements' annexes: the model's own enum, so the
 * evidence lists and the recorded documents can never drift apart.
 */
export const EvidenceDocumentTypeSchema = DocumentTypeSchema;
export type EvidenceDocumentType = z.infer<typeof EvidenceDocumentTypeSchema>;

/**
 * What an agreement accepts as evidence of nationality. Annex I ("proof") establishes
 * nationality without further inquiry; Annex II ("prima facie") makes it presumed.
 * Copies and expired versions of the proof documents are prima facie evidence.
 */
export const NationalityEvidenceListSchema = z.object({
  proof: z.array(EvidenceDocumentTypeSchema),
  primaFacie: z.array(EvidenceDocumentTypeSchema),
  copiesAndExpiredProofArePrimaFacie: z.boolean(),
  legalBasis: z.string().min(1),
  verified: z.boolean(),
  note: z.string().min(1).optional(),
});
export type NationalityEvidenceList = z.infer<typeof NationalityEvidenceListSchema>;

/** Items a readmission request must carry (Benelux practice, domain.md §2 [S19]). */
export const ReadmissionRequestItemSchema = z.enum(['request_form', 'photo', 'fingerprints', 'document_copies']);
export type ReadmissionRequestItem = z.infer<typeof ReadmissionRequestItemSchema>;
