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
  UuidSchema,
  VulnerabilitySchema,
  type CaseFile,
} from '../../model';

/**
 * The six parts of the case facts as a caseworker enters them: in the guided intake (one
 * step each) and when a part is amended in the case file. Derived from the case file
 * schemas of shared/model, so that a form can never accept what the case file would
 * refuse. Record meta is left out (the workflow adds it), except the record's id: an entry
 * that carries the id of a recorded fact amends that record, an entry without one is new.
 */
export const caseFactSections = ['identity', 'nationality', 'documents', 'residency', 'custody', 'family'] as const;
export const CaseFactSectionSchema = z.enum(caseFactSections);
export type CaseFactSection = z.infer<typeof CaseFactSectionSchema>;

/** Record meta the workflow writes; `id` stays (optional) so that an amendment finds the record again. */
const writtenByWorkflow = { createdAt: true, updatedAt: true, updatedBy: true, version: true } as const;
const recordId = { id: UuidSchema.optional() };

export const PersonIdentityFactsSchema = PersonSchema.pick({
  sex: true,
  dateOfBirth: true,
  dateOfBirthEstimated: true,
  placeOfBirth: true,
  countryOfBirth: true,
  languages: true,
});
export const NameEntrySchema = IdentitySchema.pick({ familyName: true, givenNames: true, source: true, confidence: true }).extend(recordId);
export const IdentitySectionSchema = z.object({
  person: PersonIdentityFactsSchema,
  primaryName: NameEntrySchema,
  aliases: z.array(NameEntrySchema),
});

export const NationalityEvidenceEntrySchema = NationalityEvidenceSchema.pick({ kind: true, description: true, obtainedOn: true, documentId: true });
export const NationalityEntrySchema = NationalitySchema.pick({ country: true, status: true }).extend({
  ...recordId,
  evidence: z.array(NationalityEvidenceEntrySchema),
});
export const PersonNationalityFactsSchema = PersonSchema.pick({ stateless: true, permanentResidenceCountry: true });
export const NationalitySectionSchema = z.object({
  person: PersonNationalityFactsSchema,
  nationalities: z.array(NationalityEntrySchema),
});

export const DocumentEntrySchema = IdentityDocumentSchema.omit(writtenByWorkflow).omit({ scanReference: true }).extend(recordId);
export const DocumentsSectionSchema = z.object({ documents: z.array(DocumentEntrySchema) });

export const ResidencyEntrySchema = ResidencyStatusSchema.omit(writtenByWorkflow).extend(recordId);
export const ResidencySectionSchema = z.object({ residencyHistory: z.array(ResidencyEntrySchema) });

export const CustodyEntrySchema = CustodySchema.omit(writtenByWorkflow)
  .omit({ exceptionalShortRemainder: true, mentalHealthScreening: true, releasedOn: true })
  .extend(recordId);
export const CustodySectionSchema = z.discriminatedUnion('inCustody', [
  z.object({ inCustody: z.literal(false) }),
  z.object({ inCustody: z.literal(true), custody: CustodyEntrySchema }),
]);

export const FamilyEntrySchema = FamilyLinkSchema.omit(writtenByWorkflow).omit({ relatedCaseId: true }).extend(recordId);
const [returnDirectiveVulnerability, otherVulnerability] = VulnerabilitySchema.options;
export const VulnerabilityEntrySchema = z.discriminatedUnion('basis', [
  returnDirectiveVulnerability.omit(writtenByWorkflow).omit({ assessedBy: true }).extend(recordId),
  otherVulnerability.omit(writtenByWorkflow).omit({ assessedBy: true }).extend(recordId),
]);
export const FamilySectionSchema = z.object({
  familyLinks: z.array(FamilyEntrySchema),
  vulnerabilities: z.array(VulnerabilityEntrySchema),
});

/** Every part of the case facts: the intake's form, and what an amendment of one part is checked against. */
export const CaseFactsSchema = z.object({
  identity: IdentitySectionSchema,
  nationality: NationalitySectionSchema,
  documents: DocumentsSectionSchema,
  residency: ResidencySectionSchema,
  custody: CustodySectionSchema,
  family: FamilySectionSchema,
});
export type CaseFacts = z.output<typeof CaseFactsSchema>;
export type CaseFactsInput = z.input<typeof CaseFactsSchema>;

/** The keys each part manages on a record: the rest of the record (meta, facts entered elsewhere) is kept by an amendment. */
function keysOf(...schemas: readonly { shape: Record<string, unknown> }[]): ReadonlySet<string> {
  return new Set(schemas.flatMap((schema) => Object.keys(schema.shape)));
}
export const managedKeys = {
  personIdentity: keysOf(PersonIdentityFactsSchema),
  personNationality: keysOf(PersonNationalityFactsSchema),
  identity: new Set([...keysOf(NameEntrySchema), 'primary']),
  nationality: keysOf(NationalityEntrySchema),
  document: keysOf(DocumentEntrySchema),
  residency: keysOf(ResidencyEntrySchema),
  custody: keysOf(CustodyEntrySchema),
  family: keysOf(FamilyEntrySchema),
  vulnerability: keysOf(...VulnerabilityEntrySchema.options),
} as const;

const blankName = { familyName: '', givenNames: '', source: 'declared', confidence: 'medium' } as const;

/**
 * The case facts as recorded, in the shape of the forms: what a section editor starts
 * from. Each entry keeps its record's id, so that saving amends the same record.
 */
export function caseFactsOf(caseFile: CaseFile): CaseFacts {
  const primary = caseFile.identities.find((identity) => identity.primary);
  return {
    identity: {
      person: PersonIdentityFactsSchema.parse(caseFile.person),
      primaryName: primary ? NameEntrySchema.parse(primary) : { ...blankName },
      aliases: caseFile.identities.filter((identity) => identity !== primary).map((identity) => NameEntrySchema.parse(identity)),
    },
    nationality: {
      person: PersonNationalityFactsSchema.parse(caseFile.person),
      nationalities: caseFile.nationalities.map((nationality) => NationalityEntrySchema.parse(nationality)),
    },
    documents: { documents: caseFile.documents.map((document) => DocumentEntrySchema.parse(document)) },
    residency: { residencyHistory: caseFile.residencyHistory.map((entry) => ResidencyEntrySchema.parse(entry)) },
    custody: caseFile.custody ? { inCustody: true, custody: CustodyEntrySchema.parse(caseFile.custody) } : { inCustody: false },
    family: {
      familyLinks: caseFile.familyLinks.map((link) => FamilyEntrySchema.parse(link)),
      vulnerabilities: caseFile.vulnerabilities.map((vulnerability) => VulnerabilityEntrySchema.parse(vulnerability)),
    },
  };
}
