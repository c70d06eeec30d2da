import type { z } from 'zod';
import {
  CaseFactsSchema,
  CustodyEntrySchema,
  CustodySectionSchema,
  DocumentEntrySchema,
  DocumentsSectionSchema,
  FamilyEntrySchema,
  FamilySectionSchema,
  IdentitySectionSchema,
  NationalityEntrySchema,
  NationalitySectionSchema,
  ResidencyEntrySchema,
  ResidencySectionSchema,
  VulnerabilityEntrySchema,
} from '../../../../shared/workflow/actions/caseFactSections';

/**
 * The intake form, one object per step: the case facts' sections of shared/workflow, which
 * the amendment of a section in the case file checks too, so that the intake, the section
 * editors and the workflow accept exactly the same facts.
 */
export {
  CustodyEntrySchema,
  CustodySectionSchema as CustodyStepSchema,
  DocumentEntrySchema,
  DocumentsSectionSchema as DocumentsStepSchema,
  FamilyEntrySchema,
  FamilySectionSchema as FamilyStepSchema,
  IdentitySectionSchema as IdentityStepSchema,
  NationalityEntrySchema,
  NationalitySectionSchema as NationalityStepSchema,
  ResidencyEntrySchema,
  ResidencySectionSchema as ResidencyStepSchema,
  VulnerabilityEntrySchema,
};

export const IntakeFormSchema = CaseFactsSchema;

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

/** Fields of the facts whose empty text is a fact, not a gap: some people have only a family name. */
export const blankTextFields: readonly string[] = ['givenNames'];
