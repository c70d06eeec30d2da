import { z } from 'zod';
import { CountryCodeSchema, IsoDateSchema, freeText, nameText, recordMetaShape } from './primitives';

/**
 * Document types as listed in the readmission agreements' annexes (EU–Albania Annex I
 * "proof" and Annex II "prima facie"; the same lists recur in the sister agreements, and
 * the France–Albania protocol adds expired laissez-passers and fingerprint records).
 * Which list a type belongs to for a given agreement is reference data in
 * shared/reference; the usual classification is:
 * - proof (original, valid): passport, identity_card, temporary_identity_card,
 *   military_id, seaman_book, citizenship_certificate, laissez_passer (some protocols);
 * - prima facie: a copy or expired version of the above, driving_licence,
 *   birth_certificate, service_book, witness_statement, personal_statement,
 *   language_test, fingerprint_record, other.
 */
export const DocumentTypeSchema = z
  .enum([
    'passport',
    'identity_card',
    'temporary_identity_card',
    'military_id',
    'seaman_book',
    'citizenship_certificate',
    'laissez_passer',
    'driving_licence',
    'birth_certificate',
    'service_book',
    'witness_statement',
    'personal_statement',
    'language_test',
    'fingerprint_record',
    'other',
  ])
  .meta({ id: 'DocumentType' });
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

/** The agreements' two evidence grades; `none` for a document that proves nothing about nationality. */
export const EvidenceClassSchema = z.enum(['proof', 'prima_facie', 'none']).meta({ id: 'EvidenceClass' });
export type EvidenceClass = z.infer<typeof EvidenceClassSchema>;

export const DocumentFormSchema = z.enum(['original', 'copy']).meta({ id: 'DocumentForm' });
export type DocumentForm = z.infer<typeof DocumentFormSchema>;

/** Outcome of the document examination (authenticity check). */
export const AuthenticitySchema = z.enum(['not_checked', 'genuine', 'suspected_false', 'false']).meta({ id: 'Authenticity' });
export type Authenticity = z.infer<typeof AuthenticitySchema>;

/** A document held on file (an identity or nationality document, a statement, a test). */
export const IdentityDocumentSchema = z
  .object({
    ...recordMetaShape,
    type: DocumentTypeSchema,
    number: z.string().min(1).max(100).optional(),
    issuingCountry: CountryCodeSchema.optional(),
    issuer: nameText(200).optional(),
    issuedOn: IsoDateSchema.optional(),
    validUntil: IsoDateSchema.optional(),
    form: DocumentFormSchema,
    /** The grade this document gives as evidence of nationality, as assessed by the caseworker. */
    evidenceClass: EvidenceClassSchema,
    authenticity: AuthenticitySchema,
    /** Where the scan is kept (file reference), never the scan itself. */
    scanReference: z.string().min(1).max(300).optional(),
    description: freeText(1000, 0).optional(),
  })
  .meta({ id: 'IdentityDocument' });
export type IdentityDocument = z.infer<typeof IdentityDocumentSchema>;
