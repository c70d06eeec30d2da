import type { IntakeFormInput } from './intakeSchema';

type Identity = IntakeFormInput['identity'];
type NationalityStep = IntakeFormInput['nationality'];
type FamilyStep = IntakeFormInput['family'];
type CustodyInput = Extract<IntakeFormInput['custody'], { inCustody: true }>['custody'];

export type AliasInput = Identity['aliases'][number];
export type NationalityInput = NationalityStep['nationalities'][number];
export type EvidenceInput = NationalityInput['evidence'][number];
export type DocumentInput = IntakeFormInput['documents']['documents'][number];
export type ResidencyInput = IntakeFormInput['residency']['residencyHistory'][number];
export type FamilyLinkInput = FamilyStep['familyLinks'][number];
export type VulnerabilityInput = FamilyStep['vulnerabilities'][number];
export type OffenceInput = CustodyInput['offences'][number];

/** The empty intake: nothing is presumed, every unknown stays unknown. */
export function emptyIntake(): IntakeFormInput {
  return {
    identity: {
      person: { sex: 'unknown', dateOfBirthEstimated: false, languages: [] },
      primaryName: { familyName: '', givenNames: '', source: 'declared', confidence: 'medium' },
      aliases: [],
    },
    nationality: { person: { stateless: false }, nationalities: [] },
    documents: { documents: [] },
    residency: { residencyHistory: [] },
    custody: { inCustody: false },
    family: { familyLinks: [], vulnerabilities: [] },
  };
}

export const blankAlias = (): AliasInput => ({ familyName: '', givenNames: '', source: 'declared', confidence: 'medium' });
export const blankNationality = (): NationalityInput => ({ country: '', status: 'claimed', evidence: [] });
export const blankEvidence = (): EvidenceInput => ({ kind: 'personal_statement', description: '' });
export const blankDocument = (): DocumentInput => ({ type: 'passport', form: 'original', evidenceClass: 'proof', authenticity: 'not_checked' });
export const blankResidency = (): ResidencyInput => ({ status: 'irregular_stay', from: '' });
export const blankFamilyLink = (): FamilyLinkInput => ({ relation: 'child', name: '', minor: false, accompanying: false });
export const blankVulnerability = (): VulnerabilityInput => ({ basis: 'return_directive_3_9', category: 'minor' });
export const blankOffence = (): OffenceInput => ({ description: '', category: 'other' });
export const blankCustody = (): CustodyInput => ({ prison: '', offences: [] });
