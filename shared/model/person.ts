import { z } from 'zod';
import { CountryCodeSchema, DateOfBirthSchema, IsoDateSchema, nameText, recordMetaShape } from './primitives';

export const SexSchema = z.enum(['female', 'male', 'other', 'unknown']).meta({ id: 'Sex' });
export type Sex = z.infer<typeof SexSchema>;

/**
 * A reference to a biometric record held elsewhere (Eurodac, the national AFIS, VIS):
 * the app stores the external id, never the biometric data itself.
 */
export const BiometricReferenceSchema = z
  .object({
    system: z.enum(['eurodac', 'afis', 'vis', 'sis', 'photo_archive', 'other']),
    externalId: z.string().min(1).max(200),
    capturedOn: IsoDateSchema.optional(),
  })
  .meta({ id: 'BiometricReference' });
export type BiometricReference = z.infer<typeof BiometricReferenceSchema>;

/**
 * The person concerned. Names live in identities (a person may have several); the date of
 * birth can be an estimate (age assessment), which matters for minority.
 */
export const PersonSchema = z
  .object({
    ...recordMetaShape,
    sex: SexSchema,
    dateOfBirth: DateOfBirthSchema.optional(),
    dateOfBirthEstimated: z.boolean(),
    placeOfBirth: nameText(200).optional(),
    countryOfBirth: CountryCodeSchema.optional(),
    /** ISO 639 codes or language names as declared; an official language test is an evidence item on the nationality. */
    languages: z.array(nameText(50)),
    /**
     * Stateless persons are allowed: Albania's ETS 112 declaration counts stateless
     * permanent residents as nationals, so their state of permanent residence is kept.
     */
    stateless: z.boolean(),
    permanentResidenceCountry: CountryCodeSchema.optional(),
    photoReference: z.string().min(1).max(200).optional(),
    biometricReferences: z.array(BiometricReferenceSchema),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof PersonSchema>;
