import { z } from 'zod';
import { CalendarDateSchema, type CalendarDate } from './calendarDate';
import { countries, IsoCountryCodeSchema, type IsoCountryCode } from './countries';
import { LegalFlagSchema, LegalPeriodSchema } from './legalPeriod';

/** Instruments for the transfer of sentenced persons that can concern a case handled in Belgium. */
export const TransferInstrumentIdSchema = z.enum(['ets_112', 'ets_167', 'be_al_2010', 'be_xk_2010', 'be_br_2009', 'fd_2008_909', 'cets_222']);
export type TransferInstrumentId = z.infer<typeof TransferInstrumentIdSchema>;

/** Why consent can be dispensed with. */
export const WithoutConsentGroundSchema = z.enum(['expulsion_order', 'fled_to_state_of_nationality', 'lives_in_or_deported_to_state_of_nationality']);
export type WithoutConsentGround = z.infer<typeof WithoutConsentGroundSchema>;

export const TransferPartySchema = z.object({
  country: IsoCountryCodeSchema,
  /** null: a party, but the date of entry into force is not confirmed. */
  inForceFrom: CalendarDateSchema.nullable(),
  verified: z.boolean(),
  /** Albania's declaration on ETS 112: "national" includes stateless permanent residents and dual nationals. */
  nationalIncludesStatelessPermanentResidents: z.boolean().optional(),
  note: z.string().min(1).optional(),
});
export type TransferParty = z.infer<typeof TransferPartySchema>;

/** A declaration that narrows a provision for one party (e.g. Belgium on ETS 167 Art. 3). */
export const TransferDeclarationSchema = z.object({
  state: IsoCountryCodeSchema,
  effect: z.enum(['art3_not_applied_if_habitually_resident_at_arrest', 'art3_not_applied']),
  text: z.string().min(1),
  inForceFrom: CalendarDateSchema,
  legalBasis: z.string().min(1),
  verified: z.boolean(),
});
export type TransferDeclaration = z.infer<typeof TransferDeclarationSchema>;

export const WithoutConsentRuleSchema = z.object({
  ground: WithoutConsentGroundSchema,
  legalBasis: z.string().min(1),
  verified: z.boolean(),
});
export type WithoutConsentRule = z.infer<typeof WithoutConsentRuleSchema>;

export const TransferInstrumentDataSchema = z.object({
  id: TransferInstrumentIdSchema,
  title: z.string().min(1),
  kind: z.enum(['council_of_europe_convention', 'council_of_europe_protocol', 'bilateral', 'eu_framework_decision']),
  /** The instrument it supplements: its conditions apply unless this one sets others. */
  supplements: TransferInstrumentIdSchema.nullable(),
  concludedOn: CalendarDateSchema,
  /** General entry into force; null when the instrument is not in force at all. */
  inForceFrom: CalendarDateSchema.nullable(),
  inForceVerified: z.boolean(),
  legalBasis: z.string().min(1),
  parties: z.array(TransferPartySchema),
  /** Only for instruments whose parties are a defined class (the EU Member States). */
  partiesAreEuMemberStates: z.boolean(),
  declarations: z.array(TransferDeclarationSchema),
  withoutConsent: z.array(WithoutConsentRuleSchema),
  /** Remaining sentence when the request is received (null: the instrument sets none). */
  minimumRemainingSentence: LegalPeriodSchema.nullable(),
  /** A shorter remainder may be agreed in exceptional cases. */
  exceptionalShorterRemainder: LegalFlagSchema.nullable(),
  /** The person's opinion must be taken into account and on file when consent is bypassed. */
  opinionRequiredWithoutConsent: LegalFlagSchema.nullable(),
  /** A copy of the expulsion or removal measure must be on file. */
  expulsionMeasureCopyRequired: LegalFlagSchema.nullable(),
  dualCriminalityRequired: LegalFlagSchema,
  /** Both states must agree to the transfer. */
  agreementOfBothStatesRequired: LegalFlagSchema,
  note: z.string().min(1).optional(),
});
export type TransferInstrumentData = z.infer<typeof TransferInstrumentDataSchema>;

const ets112Basis = 'Convention on the Transfer of Sentenced Persons (ETS No. 112, Strasbourg, 21 March 1983)';
const ets167Basis = 'Additional Protocol to the Convention on the Transfer of Sentenced Persons (ETS No. 167, Strasbourg, 18 December 1997)';
const beAlBasis = 'Agreement between Belgium and Albania on the transfer of sentenced persons (Brussels, 29 July 2010)';
const beXkBasis = 'Convention between Belgium and Kosovo on the transfer of sentenced persons (Brussels, 18 June 2010; Belgian assent law of 2 July 2015)';
const beBrBasis = 'Convention between Belgium and Brazil on the transfer of sentenced persons (Brussels, 4 October 2009; Belgian assent law of 5 May 2014)';
const fdBasis = 'Council Framework Decision 2008/909/JHA; Belgian law of 15 May 2012';

const unverifiedParty = (country: IsoCountryCode, note?: string): TransferParty => ({
  country,
  inForceFrom: null,
  verified: false,
  ...(note ? { note } : {}),
});

/**
 * ETS 112 parties. Belgium and Albania are confirmed (domain.md §3); the rest is the
 * Council of Europe chart as remembered, to be confirmed by a jurist against
 * coe.int/treaty 112 (a state missing here gets "no instrument", never a guessed route).
 */
const ets112Parties: TransferParty[] = [
  { country: 'BE', inForceFrom: null, verified: true, note: 'Party since 1990 (exact date to confirm).' },
  { country: 'AL', inForceFrom: '2000-08-01', verified: true, nationalIncludesStatelessPermanentResidents: true, note: 'Albanian declarations: "national" includes stateless permanent residents and dual nationals; continued enforcement (Art. 9(1)(a)) excluded; translations required.' },
  ...(['AD', 'AM', 'AT', 'AZ', 'BA', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'GE', 'DE', 'GR', 'HU', 'IS', 'IE', 'IT', 'LV', 'LI', 'LT', 'LU', 'MT', 'MD', 'MC', 'ME', 'NL', 'MK', 'NO', 'PL', 'PT', 'RO', 'SM', 'RS', 'SK', 'SI', 'ES', 'SE', 'CH', 'TR', 'UA', 'GB'] as const).map((country) => unverifiedParty(country)),
  ...(['AU', 'BS', 'BO', 'CA', 'CL', 'CR', 'EC', 'HN', 'IL', 'JP', 'KR', 'MU', 'MX', 'MN', 'PA', 'TO', 'TT', 'US', 'VE'] as const).map((country) => unverifiedParty(country, 'Non-member state party.')),
  unverifiedParty('RU', 'No longer a Council of Europe member since 16 March 2022; check whether transfers are practised.'),
];

/** ETS 167 parties: dated entries from the Council of Europe chart (status 2021); others to confirm. */
const ets167Parties: TransferParty[] = [
  { country: 'BE', inForceFrom: '2005-09-01', verified: true },
  { country: 'AT', inForceFrom: '2001-04-01', verified: true },
  { country: 'BG', inForceFrom: '2004-07-01', verified: true },
  { country: 'CY', inForceFrom: '2001-10-01', verified: true },
  { country: 'HR', inForceFrom: '2009-02-01', verified: true },
  { country: 'DK', inForceFrom: '2002-01-01', verified: true },
  { country: 'EE', inForceFrom: '2000-06-01', verified: true },
  { country: 'FI', inForceFrom: '2001-08-01', verified: true },
  { country: 'FR', inForceFrom: '2006-05-01', verified: true },
  { country: 'GE', inForceFrom: '2000-08-01', verified: true },
  { country: 'DE', inForceFrom: '2007-08-01', verified: true },
  { country: 'GB', inForceFrom: '2009-11-01', verified: true },
  { country: 'GR', inForceFrom: '2006-01-01', verified: true },
  { country: 'IE', inForceFrom: '2007-04-01', verified: true },
  { country: 'MD', inForceFrom: '2004-09-01', verified: true },
  { country: 'RU', inForceFrom: '2007-12-01', verified: true, note: 'No longer a Council of Europe member since 16 March 2022; check whether transfers are practised.' },
  ...(['CZ', 'HU', 'IS', 'LV', 'LI', 'LT', 'LU', 'MT', 'ME', 'NL', 'MK', 'NO', 'PL', 'RO', 'RS', 'SK', 'SI', 'SE', 'CH', 'UA'] as const).map((country) => unverifiedParty(country)),
];

export const ets112: TransferInstrumentData = {
  id: 'ets_112',
  title: ets112Basis,
  kind: 'council_of_europe_convention',
  supplements: null,
  concludedOn: '1983-03-21',
  inForceFrom: '1985-07-01',
  inForceVerified: true,
  legalBasis: ets112Basis,
  parties: ets112Parties,
  partiesAreEuMemberStates: false,
  declarations: [],
  withoutConsent: [],
  minimumRemainingSentence: {
    amount: 6,
    unit: 'months',
    legalBasis: 'ETS 112 Art. 3(1)(c)',
    verified: true,
    note: 'At the time of receipt of the request; an indeterminate sentence qualifies.',
  },
  exceptionalShorterRemainder: { value: true, legalBasis: 'ETS 112 Art. 3(2)', verified: true },
  opinionRequiredWithoutConsent: null,
  expulsionMeasureCopyRequired: null,
  dualCriminalityRequired: { value: true, legalBasis: 'ETS 112 Art. 3(1)(e)', verified: true },
  agreementOfBothStatesRequired: { value: true, legalBasis: 'ETS 112 Art. 3(1)(f)', verified: true },
};

export const ets167: TransferInstrumentData = {
  id: 'ets_167',
  title: ets167Basis,
  kind: 'council_of_europe_protocol',
  supplements: 'ets_112',
  concludedOn: '1997-12-18',
  inForceFrom: '2000-06-01',
  inForceVerified: true,
  legalBasis: ets167Basis,
  parties: ets167Parties,
  partiesAreEuMemberStates: false,
  declarations: [
    {
      state: 'BE',
      effect: 'art3_not_applied_if_habitually_resident_at_arrest',
      text: 'Belgium undertakes not to apply Article 3 of the Protocol when the sentenced person has his or her habitual residence in the Kingdom\'s territory at the time of arrest.',
      inForceFrom: '2005-09-01',
      legalBasis: 'Declaration of Belgium contained in the instrument of ratification deposited on 26 May 2005 (ETS 167 Art. 3)',
      verified: true,
    },
    {
      state: 'IE',
      effect: 'art3_not_applied',
      text: 'Ireland will not apply Article 3 and will not take over the execution of sentences under the circumstances it describes.',
      inForceFrom: '2007-04-01',
      legalBasis: 'Declaration of Ireland contained in the instrument of ratification deposited on 13 December 2006 (ETS 167 Art. 3(6))',
      verified: true,
    },
  ],
  withoutConsent: [
    { ground: 'fled_to_state_of_nationality', legalBasis: 'ETS 167 Art. 2', verified: true },
    { ground: 'expulsion_order', legalBasis: 'ETS 167 Art. 3', verified: true },
  ],
  // The Protocol keeps ETS 112's conditions other than consent (ETS 167 Art. 1(2)).
  minimumRemainingSentence: ets112.minimumRemainingSentence,
  exceptionalShorterRemainder: ets112.exceptionalShorterRemainder,
  opinionRequiredWithoutConsent: { value: true, legalBasis: 'ETS 167 Art. 3(3)', verified: true, note: 'Applies to Art. 3 transfers; Art. 2 (fled) needs no opinion.' },
  expulsionMeasureCopyRequired: null,
  dualCriminalityRequired: ets112.dualCriminalityRequired,
  agreementOfBothStatesRequired: ets112.agreementOfBothStatesRequired,
  note: 'Albania is not a party (domain.md §0).',
};

export const belgiumAlbania2010: TransferInstrumentData = {
  id: 'be_al_2010',
  title: beAlBasis,
  kind: 'bilateral',
  supplements: 'ets_112',
  concludedOn: '2010-07-29',
  inForceFrom: '2013-12-01',
  inForceVerified: true,
  legalBasis: beAlBasis,
  parties: [
    { country: 'BE', inForceFrom: '2013-12-01', verified: true },
    { country: 'AL', inForceFrom: '2013-12-01', verified: true, nationalIncludesStatelessPermanentResidents: true },
  ],
  partiesAreEuMemberStates: false,
  declarations: [],
  withoutConsent: [
    {
      ground: 'expulsion_order',
      legalBasis: `${beAlBasis}: transfer without consent where the sentence carries an expulsion or removal measure or any measure barring stay after release`,
      verified: true,
    },
  ],
  minimumRemainingSentence: {
    amount: 6,
    unit: 'months',
    legalBasis: 'ETS 112 Art. 3(1)(c), applied to the Belgium–Albania agreement of 2010',
    verified: false,
    note: 'The agreement\'s own minimum is not confirmed: ETS 112\'s 6 months apply unless its text says otherwise (domain.md §0).',
  },
  exceptionalShorterRemainder: ets112.exceptionalShorterRemainder,
  opinionRequiredWithoutConsent: { value: true, legalBasis: `${beAlBasis}: the person's opinion is taken into account (not binding) and a statement of it is on file`, verified: true },
  expulsionMeasureCopyRequired: { value: true, legalBasis: `${beAlBasis}: a copy of the expulsion or removal measure is on file`, verified: true },
  dualCriminalityRequired: ets112.dualCriminalityRequired,
  agreementOfBothStatesRequired: ets112.agreementOfBothStatesRequired,
  note: 'Concluded because Albania is not a party to ETS 167.',
};

export const belgiumKosovo2010: TransferInstrumentData = {
  id: 'be_xk_2010',
  title: beXkBasis,
  kind: 'bilateral',
  supplements: null,
  concludedOn: '2010-06-18',
  // Ratifications exchanged 24 Nov 2016, in force within 30 days: the latest possible date is used.
  inForceFrom: '2016-12-24',
  inForceVerified: false,
  legalBasis: beXkBasis,
  parties: [
    { country: 'BE', inForceFrom: '2016-12-24', verified: false, note: 'Ratifications exchanged on 24 November 2016; exact date of entry into force to confirm.' },
    { country: 'XK', inForceFrom: '2016-12-24', verified: false, note: 'Ratifications exchanged on 24 November 2016; exact date of entry into force to confirm.' },
  ],
  partiesAreEuMemberStates: false,
  declarations: [],
  withoutConsent: [
    { ground: 'expulsion_order', legalBasis: `${beXkBasis}: transfer with or without consent`, verified: true },
    { ground: 'fled_to_state_of_nationality', legalBasis: `${beXkBasis} [unverified article]`, verified: false },
  ],
  minimumRemainingSentence: {
    amount: 6,
    unit: 'months',
    legalBasis: `${beXkBasis} [unverified: ETS 112 Art. 3(1)(c) model]`,
    verified: false,
    note: 'Configurable until a jurist confirms the convention\'s own minimum.',
  },
  exceptionalShorterRemainder: { value: true, legalBasis: `${beXkBasis} [unverified: ETS 112 Art. 3(2) model]`, verified: false },
  opinionRequiredWithoutConsent: { value: true, legalBasis: `${beXkBasis} [unverified: ETS 167 Art. 3(3) model]`, verified: false },
  expulsionMeasureCopyRequired: null,
  dualCriminalityRequired: { value: true, legalBasis: `${beXkBasis} [unverified: ETS 112 Art. 3(1)(e) model]`, verified: false },
  agreementOfBothStatesRequired: { value: true, legalBasis: beXkBasis, verified: false },
  note: 'Kosovo is not a party to ETS 112; Kosovo cases are assessed under this convention, not under reciprocity (Law 04/L-213).',
};

/**
 * Belgium–Brazil, in force since 10 May 2017 (Art. 19): Belgian assent law of 5 May 2014,
 * published in the Moniteur belge of 24 March 2017 with that date of entry into force; Brazil:
 * Decreto Legislativo 149 of 15 December 2016, promulgated by Decreto 9.239 of 15 December 2017,
 * which gives the same date. A stand-alone convention on the model of ETS 112: transfer only at
 * the person's request or with their express consent, and with the agreement of both states.
 * Its own minimum remaining sentence and dual-criminality article were not read in the text:
 * the ETS 112 model applies, marked unverified, until a jurist confirms them.
 */
export const belgiumBrazil2009: TransferInstrumentData = {
  id: 'be_br_2009',
  title: beBrBasis,
  kind: 'bilateral',
  supplements: null,
  concludedOn: '2009-10-04',
  inForceFrom: '2017-05-10',
  inForceVerified: true,
  legalBasis: beBrBasis,
  parties: [
    { country: 'BE', inForceFrom: '2017-05-10', verified: true },
    { country: 'BR', inForceFrom: '2017-05-10', verified: true, note: 'In force for Brazil on 10 May 2017 (Decreto 9.239 of 15 December 2017).' },
  ],
  partiesAreEuMemberStates: false,
  declarations: [],
  // Consent is always required: no transfer without consent under this convention.
  withoutConsent: [],
  minimumRemainingSentence: {
    amount: 6,
    unit: 'months',
    legalBasis: `${beBrBasis} [unverified: ETS 112 Art. 3(1)(c) model]`,
    verified: false,
    note: 'Configurable until a jurist confirms the convention\'s own minimum.',
  },
  exceptionalShorterRemainder: { value: true, legalBasis: `${beBrBasis} [unverified: ETS 112 Art. 3(2) model]`, verified: false },
  opinionRequiredWithoutConsent: null,
  expulsionMeasureCopyRequired: null,
  dualCriminalityRequired: { value: true, legalBasis: `${beBrBasis} [unverified: ETS 112 Art. 3(1)(e) model]`, verified: false },
  agreementOfBothStatesRequired: { value: true, legalBasis: `${beBrBasis}: both states must agree to the transfer`, verified: true },
  note: 'Transfer at the sentenced person\'s request or with their express consent only. Brazil has also been a party to ETS 112 since 1 October 2023 (Brazilian decree of 13 June 2024): not yet in the ETS 112 list here, so that the bilateral convention stays the route until a jurist says which of the two applies.',
};

export const fd2008909: TransferInstrumentData = {
  id: 'fd_2008_909',
  title: 'Council Framework Decision 2008/909/JHA on the mutual recognition of judgments in criminal matters imposing custodial sentences',
  kind: 'eu_framework_decision',
  supplements: null,
  concludedOn: '2008-11-27',
  inForceFrom: '2011-12-05',
  inForceVerified: true,
  legalBasis: fdBasis,
  parties: [],
  partiesAreEuMemberStates: true,
  declarations: [],
  withoutConsent: [
    { ground: 'lives_in_or_deported_to_state_of_nationality', legalBasis: 'FD 2008/909/JHA Art. 6(2)(a)–(b)', verified: true },
  ],
  minimumRemainingSentence: {
    amount: 6,
    unit: 'months',
    legalBasis: 'FD 2008/909/JHA Art. 9(1)(h)',
    verified: true,
    note: 'An optional ground for refusal by the executing state, not a bar: warn.',
  },
  exceptionalShorterRemainder: null,
  opinionRequiredWithoutConsent: { value: true, legalBasis: 'FD 2008/909/JHA Art. 6(3)', verified: true },
  expulsionMeasureCopyRequired: null,
  dualCriminalityRequired: { value: false, legalBasis: 'FD 2008/909/JHA Art. 7(1) (not verified for offences outside the list of 32: Art. 7(3))', verified: true },
  agreementOfBothStatesRequired: { value: false, legalBasis: 'FD 2008/909/JHA Art. 4(1): consent of the executing state only where Art. 4(1)(c) applies', verified: true },
  note: 'Date: transposition deadline (Art. 29(1)).',
};

export const cets222: TransferInstrumentData = {
  id: 'cets_222',
  title: 'Protocol amending the Additional Protocol to the Convention on the Transfer of Sentenced Persons (CETS No. 222, 22 November 2017)',
  kind: 'council_of_europe_protocol',
  supplements: 'ets_167',
  concludedOn: '2017-11-22',
  inForceFrom: null,
  inForceVerified: true,
  legalBasis: 'CETS No. 222 (not in force; provisional application between declaring states only, Art. 5)',
  parties: [],
  partiesAreEuMemberStates: false,
  declarations: [],
  withoutConsent: [],
  minimumRemainingSentence: null,
  exceptionalShorterRemainder: null,
  opinionRequiredWithoutConsent: null,
  expulsionMeasureCopyRequired: null,
  dualCriminalityRequired: ets112.dualCriminalityRequired,
  agreementOfBothStatesRequired: ets112.agreementOfBothStatesRequired,
  note: 'Not in force: never offered as a route.',
};

export const transferInstruments: Readonly<Record<TransferInstrumentId, TransferInstrumentData>> = {
  ets_112: ets112,
  ets_167: ets167,
  be_al_2010: belgiumAlbania2010,
  be_xk_2010: belgiumKosovo2010,
  be_br_2009: belgiumBrazil2009,
  fd_2008_909: fd2008909,
  cets_222: cets222,
};

/** The party record of a state for an instrument on a date, or undefined if not a party then. */
export function partyInForce(instrument: TransferInstrumentData, country: IsoCountryCode, on: CalendarDate): TransferParty | undefined {
  if (instrument.inForceFrom === null || instrument.inForceFrom > on) return undefined;
  if (instrument.partiesAreEuMemberStates) {
    return countries[country].euMember ? { country, inForceFrom: instrument.inForceFrom, verified: true } : undefined;
  }
  const party = instrument.parties.find((candidate) => candidate.country === country);
  if (!party) return undefined;
  if (party.inForceFrom !== null && party.inForceFrom > on) return undefined;
  return party;
}
