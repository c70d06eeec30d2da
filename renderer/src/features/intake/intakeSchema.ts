import { z } from 'zod';
import {
  CustodySchema,
  FamilyLinkSchema,
  IdentityDocumentSchema,
  IdentitySchema,
  NationalityEvidenceSchema,
  NationalitySchema,
  PersonSchema,
  ResidencyStatusSchema,
  VulnerabilitySchema,
} from '../../../../shared/model';

/**
 * The intake form, one object per step, derived from the case file schemas of shared/model
 * so that the form can never accept what the case file would refuse. Record meta (id,
 * createdAt, version…) is left out: the workflow action that opens the case adds it.
 */
const recordMetaKeys = { id: true, createdAt: true, updatedAt: true, updatedBy: true, version: true } as const;

export const IdentityStepSchema = z.object({
  person: PersonSchema.pick({ sex: true, dateOfBirth: true, dateOfBirthEstimated: true, placeOfBirth: true, countryOfBirth: true, languages: true }),
  primaryName: IdentitySchema.pick({ familyName: true, givenNames: true, source: true, confidence: true }),
  aliases: z.array(IdentitySchema.pick({ familyName: true, givenNames: true, source: true, confidence: true })),
});

export const NationalityEntrySchema = NationalitySchema.pick({ country: true, status: true }).extend({
  evidence: z.array(NationalityEvidenceSchema.pick({ kind: true, description: true, obtainedOn: true })),
});

export const NationalityStepSchema = z.object({
  person: PersonSchema.pick({ stateless: true, permanentResidenceCountry: true }),
  nationalities: z.array(NationalityEntrySchema),
});

export const DocumentEntrySchema = IdentityDocumentSchema.omit(recordMetaKeys).omit({ scanReference: true });

export const DocumentsStepSchema = z.object({
  documents: z.array(DocumentEntrySchema),
});

export const ResidencyEntrySchema = ResidencyStatusSchema.omit(recordMetaKeys);

export const ResidencyStepSchema = z.object({
  residencyHistory: z.array(ResidencyEntrySchema),
});

export const CustodyEntrySchema = CustodySchema.omit(recordMetaKeys).omit({ exceptionalShortRemainder: true, releasedOn: true });

export const CustodyStepSchema = z.discriminatedUnion('inCustody', [
  z.object({ inCustody: z.literal(false) }),
  z.object({ inCustody: z.literal(true), custody: CustodyEntrySchema }),
]);

export const FamilyEntrySchema = FamilyLinkSchema.omit(recordMetaKeys).omit({ relatedCaseId: true });

const [returnDirectiveVulnerability, otherVulnerability] = VulnerabilitySchema.options;
export const VulnerabilityEntrySchema = z.discriminatedUnion('basis', [
  returnDirectiveVulnerability.omit(recordMetaKeys).omit({ assessedBy: true }),
  otherVulnerability.omit(recordMetaKeys).omit({ assessedBy: true }),
]);

export const FamilyStepSchema = z.object({
  familyLinks: z.array(FamilyEntrySchema),
  vulnerabilities: z.array(VulnerabilityEntrySchema),
});

export const IntakeFormSchema = z.object({
  identity: IdentityStepSchema,
  nationality: NationalityStepSchema,
  documents: DocumentsStepSchema,
  residency: ResidencyStepSchema,
  custody: CustodyStepSchema,
  family: FamilyStepSchema,
});

/** What the form holds while the caseworker types (blank optional fields are still strings). */
export type IntakeFormInput = z.input<typeof IntakeFormSchema>;
/** What a valid form yields: the facts the "open case" action records. */
export type IntakeFormValues = z.output<typeof IntakeFormSchema>;
export type IntakeStepId = keyof IntakeFormValues;
export type NationalityEntry = z.output<typeof NationalityEntrySchema>;
export type DocumentEntry = z.output<typeof DocumentEntrySchema>;
export type ResidencyEntry = z.output<typeof ResidencyEntrySchema>;
export type CustodyEntry = z.output<typeof CustodyEntrySchema>;
export type FamilyEntry = z.output<typeof FamilyEntrySchema>;
export type VulnerabilityEntry = z.output<typeof VulnerabilityEntrySchema>;
