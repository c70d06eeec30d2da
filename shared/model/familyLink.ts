import { z } from 'zod';
import { DateOfBirthSchema, IsoDateSchema, UuidSchema, nameText, recordMetaShape } from './primitives';

export const FamilyRelationSchema = z.enum(['spouse', 'partner', 'child', 'parent', 'sibling', 'guardian', 'other']).meta({ id: 'FamilyRelation' });
export type FamilyRelation = z.infer<typeof FamilyRelationSchema>;

/**
 * A family member. `minor` and `accompanying` decide whether the family counts as a family
 * with minor children present in Belgium, who may not be held in a closed centre
 * (Belgian law of 2024 on proactive return; RD Art. 17).
 */
export const FamilyLinkSchema = z
  .object({
    ...recordMetaShape,
    relation: FamilyRelationSchema,
    name: nameText(200),
    dateOfBirth: DateOfBirthSchema.optional(),
    minor: z.boolean(),
    /** Lives with the person in Belgium (so shares the return procedure). */
    accompanying: z.boolean(),
    /** The related person's own case, if any. */
    relatedCaseId: UuidSchema.optional(),
    /** The child's best interests must be assessed before return (RD Art. 5(a)). */
    bestInterestsAssessedOn: IsoDateSchema.optional(),
  })
  .meta({ id: 'FamilyLink' });
export type FamilyLink = z.infer<typeof FamilyLinkSchema>;
