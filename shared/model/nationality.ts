import { z } from 'zod';
import { CountryCodeSchema, IsoDateSchema, UserIdSchema, UuidSchema, freeText, recordMetaShape } from './primitives';

/**
 * How far a nationality is established. Readmission agreements accept "proof" and
 * "prima facie" evidence (EU–Albania RA Arts. 2, 9 and Annexes I–II); leaving
 * identification needs one of the two (domain.md §5(b)).
 */
export const NationalityStatusSchema = z.enum(['claimed', 'prima_facie', 'proven', 'denied']).meta({ id: 'NationalityStatus' });
export type NationalityStatus = z.infer<typeof NationalityStatusSchema>;

/**
 * Kinds of evidence of a nationality. Passport first: the readmission agreements' annex lists
 * of proof begin with it (EU–Albania RA Annex I, as in the sister EU agreements; see
 * shared/reference/readmissionAgreements.ts, `proof`), and it is the evidence seen most often.
 * The kind only says what the caseworker relied on: the rules weigh the nationality's status
 * and the documents on file with their evidence class (proof, or prima facie for a copy or an
 * expired passport: Annex II), never this kind (shared/rules/routes/assessReadmission.ts).
 */
export const NationalityEvidenceKindSchema = z
  .enum([
    'passport',
    'document',
    'personal_statement',
    'witness_statement',
    'language_test',
    'database_hit',
    'consular_interview',
    'third_country_confirmation',
    'fingerprint_match',
    'other',
  ])
  .meta({ id: 'NationalityEvidenceKind' });
export type NationalityEvidenceKind = z.infer<typeof NationalityEvidenceKindSchema>;

export const NationalityEvidenceSchema = z
  .object({
    kind: NationalityEvidenceKindSchema,
    /** The document on file, when the evidence is a document. */
    documentId: UuidSchema.optional(),
    description: freeText(1000),
    obtainedOn: IsoDateSchema.optional(),
  })
  .meta({ id: 'NationalityEvidence' });
export type NationalityEvidence = z.infer<typeof NationalityEvidenceSchema>;

/** One nationality of the person: a dual national has two records, a stateless person none (see Person.stateless). */
export const NationalitySchema = z
  .object({
    ...recordMetaShape,
    country: CountryCodeSchema,
    status: NationalityStatusSchema,
    evidence: z.array(NationalityEvidenceSchema),
    verifiedBy: UserIdSchema.optional(),
    verifiedOn: IsoDateSchema.optional(),
  })
  .meta({ id: 'Nationality' });
export type Nationality = z.infer<typeof NationalitySchema>;
