import type { LegalPeriod } from './legalPeriod';

/**
 * Age of majority: below it a person is a minor (Return Directive Art. 3(9) "minors";
 * detention of minors and families with minors is restricted). Added by the workflow
 * (shared/workflow/guards) for the detention guards; owned with the rest of reference/.
 */
export const ageOfMajority: LegalPeriod = {
  amount: 18,
  unit: 'years',
  legalBasis: 'Belgian Civil Code Art. 388 (minor: under 18); UN Convention on the Rights of the Child Art. 1',
  verified: true,
};
