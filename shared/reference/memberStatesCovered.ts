import type { IsoCountryCode } from './countries';
import { countries } from './countries';

/**
 * The states a "Member State concerned" can be, by the instrument that makes it one
 * (issue 12: fields that fit). A list offers these, not every country.
 */
export type MemberStateScope = 'dublin' | 'protection_elsewhere';

export interface MemberStateList {
  states: readonly IsoCountryCode[];
  legalBasis: string;
  verified: boolean;
}

const euMemberStates = Object.values(countries)
  .filter((country) => country.euMember)
  .map((country) => country.code);

/**
 * Dublin: the 27 EU Member States (Denmark through its 2006 agreement with the Community)
 * and the four associated states, Iceland and Norway (agreement of 19 January 2001),
 * Switzerland (agreement of 26 October 2004) and Liechtenstein (protocol of 28 February
 * 2008). Protection elsewhere: the application is inadmissible when another Member State
 * has granted international protection (Directive 2013/32/EU Art. 33(2)(a)): a Member
 * State of the EU. The association agreements were not read in their published text here,
 * so the Dublin list stays unverified.
 */
export const memberStatesCovered: Readonly<Record<MemberStateScope, MemberStateList>> = {
  dublin: {
    states: [...euMemberStates, 'IS', 'LI', 'NO', 'CH'],
    legalBasis:
      'Regulation (EU) No 604/2013; agreements associating Iceland and Norway (2001), Switzerland (2004) and Liechtenstein (protocol of 2008), and the agreement with Denmark (2006)',
    verified: false,
  },
  protection_elsewhere: {
    states: euMemberStates,
    legalBasis: 'Directive 2013/32/EU Art. 33(2)(a); Treaty on European Union Art. 52',
    verified: true,
  },
};

/** The states a residence status's "Member State concerned" can be; undefined where the status names none. */
export function memberStatesFor(status: string | undefined): MemberStateList | undefined {
  if (status === 'dublin') return memberStatesCovered.dublin;
  if (status === 'protection_other_member_state') return memberStatesCovered.protection_elsewhere;
  return undefined;
}
