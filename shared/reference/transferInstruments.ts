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
  /** True only when the party and its date were read in the source; an unverified or undated record never makes a check met. */
  verified: z.boolean(),
  /** Where the record was read (or, unverified, what it rests on). */
  source: z.string().min(1),
  /** Albania's declaration on ETS 112: "national" includes stateless permanent residents and dual nationals. */
  nationalIncludesStatelessPermanentResidents: z.boolean().optional(),
  note: z.string().min(1).optional(),
});
export type TransferParty = z.infer<typeof TransferPartySchema>;

/**
 * A declaration that changes an answer for one party: Belgium on ETS 167 Art. 3 (not for
 * persons habitually resident in Belgium at arrest), Ireland and Türkiye excluding ETS 167
 * Art. 3 altogether, Albania on who is a "national" under ETS 112.
 */
export const TransferDeclarationSchema = z.object({
  state: IsoCountryCodeSchema,
  effect: z.enum([
    'art3_not_applied_if_habitually_resident_at_arrest',
    'art3_not_applied',
    'national_includes_stateless_permanent_residents_and_dual_nationals',
  ]),
  text: z.string().min(1),
  inForceFrom: CalendarDateSchema,
  legalBasis: z.string().min(1),
  verified: z.boolean(),
  source: z.string().min(1),
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
  /**
   * The list holds every party (checked whole against its source): only then does a state
   * missing from it have no route. Otherwise a missing state "needs review".
   */
  partyListComplete: z.boolean(),
  partyListSource: z.string().min(1),
  /** Only for instruments whose parties are a defined class (the EU Member States). */
  partiesAreEuMemberStates: z.boolean(),
  declarations: z.array(TransferDeclarationSchema),
  withoutConsent: z.array(WithoutConsentRuleSchema),
  /** The consent condition (ETS 112 Art. 3(1)(d) or the instrument's own article): what a missing or refused consent cites. */
  consentRequired: LegalFlagSchema,
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

/** The Dutch treaty database's party list (verdragenbank.overheid.nl), as read on inview.nl, and the Council of Europe chart. */
const dutchTreatyDatabase112 =
  'Dutch treaty database (verdragenbank), party list of the Convention on the Transfer of Sentenced Persons with dates of entry into force (read on inview.nl, 2 Dec 2026); Trb. 2014, 165';
const dutchTreatyDatabase167 =
  'Dutch treaty database (verdragenbank), party list of the Additional Protocol with dates of entry into force (read on inview.nl, 2 Dec 2026); Council of Europe chart of signatures and ratifications of treaty 167 (status 14/04/2021) for the entries it shows; Trb. 2009, 37';
const unreadRemainder =
  'Party as remembered: this part of the party list was not read in a source (entry into force to confirm against the Council of Europe chart of treaty 112)';

const verifiedParty =
  (source: string) =>
  (country: IsoCountryCode, inForceFrom: CalendarDate, note?: string): TransferParty => ({
    country,
    inForceFrom,
    verified: true,
    source,
    ...(note ? { note } : {}),
  });
const unverifiedParty = (country: IsoCountryCode, note?: string): TransferParty => ({
  country,
  inForceFrom: null,
  verified: false,
  source: unreadRemainder,
  ...(note ? { note } : {}),
});
const ets112Party = verifiedParty(dutchTreatyDatabase112);
const ets167Party = verifiedParty(dutchTreatyDatabase167);

/**
 * ETS 112 parties. The source's list was read from Albania to Montenegro (alphabetical in
 * Dutch): those entries carry their date of entry into force and are verified. The rest is
 * the list as remembered, undated and unverified, so the list is not complete: a state
 * missing from it "needs review", never "no route".
 */
const ets112Parties: TransferParty[] = [
  ets112Party(
    'AL',
    '2000-08-01',
    'Albanian declarations: "national" includes stateless permanent residents and dual nationals; continued enforcement (Art. 9(1)(a)) excluded; translations required.',
  ),
  ets112Party('AD', '2000-11-01'),
  ets112Party('AM', '2001-09-01'),
  ets112Party('AU', '2003-01-01'),
  ets112Party('AZ', '2001-05-01'),
  ets112Party('BS', '1992-03-01'),
  ets112Party('BE', '1990-12-01', 'Ratified 6 August 1990 (Belgian assent law of 19 June 1990).'),
  ets112Party('BO', '2004-06-01'),
  ets112Party('BA', '2005-08-01'),
  ets112Party('BR', '2023-10-01'),
  ets112Party('BG', '1994-10-01'),
  ets112Party('CA', '1985-09-01'),
  ets112Party('CL', '1998-11-01'),
  ets112Party('CR', '1998-08-01'),
  ets112Party('CY', '1986-08-01'),
  ets112Party('DK', '1987-05-01'),
  ets112Party('DE', '1992-02-01'),
  ets112Party('EC', '2005-11-01'),
  ets112Party('EE', '1997-08-01'),
  ets112Party('FI', '1987-05-01'),
  ets112Party('FR', '1985-07-01'),
  ets112Party('GE', '1998-02-01'),
  ets112Party('GH', '2019-07-01'),
  ets112Party('GR', '1988-04-01'),
  ets112Party('VA', '2019-05-01'),
  ets112Party('HN', '2009-07-01'),
  ets112Party('HU', '1993-11-01'),
  ets112Party('IE', '1995-11-01'),
  ets112Party('IS', '1993-12-01'),
  ets112Party('IN', '2018-05-01'),
  ets112Party('IL', '1998-01-01'),
  ets112Party('IT', '1989-10-01'),
  ets112Party('JP', '2003-06-01'),
  ets112Party('HR', '1995-05-01'),
  ets112Party('LV', '1997-09-01'),
  ets112Party('LI', '1998-05-01'),
  ets112Party('LT', '1996-09-01'),
  ets112Party('LU', '1988-02-01'),
  ets112Party('MT', '1991-07-01'),
  ets112Party('MU', '2004-10-01'),
  ets112Party('MX', '2007-11-01'),
  ets112Party('MD', '2004-09-01'),
  ets112Party('MN', '2016-08-01'),
  ets112Party('ME', '2006-06-06'),
  ...(
    ['NL', 'MK', 'NO', 'AT', 'UA', 'PA', 'PL', 'PT', 'RO', 'SM', 'RS', 'SI', 'SK', 'ES', 'TO', 'TT', 'CZ', 'TR', 'VE', 'GB', 'US', 'KR', 'SE', 'CH'] as const
  ).map((country) => unverifiedParty(country)),
  unverifiedParty('RU', 'No longer a Council of Europe member since 16 March 2022; check whether transfers are practised.'),
];

/** ETS 167 parties: the whole list of the source, every entry with its date of entry into force. */
const ets167Parties: TransferParty[] = [
  ets167Party('BE', '2005-09-01'),
  ets167Party('BG', '2004-07-01'),
  ets167Party('CY', '2001-10-01'),
  ets167Party('DK', '2002-01-01'),
  ets167Party('DE', '2007-08-01'),
  ets167Party('EE', '2000-06-01'),
  ets167Party('FI', '2001-08-01'),
  ets167Party('FR', '2006-05-01'),
  ets167Party('GE', '2000-08-01'),
  ets167Party('GR', '2006-01-01'),
  ets167Party('VA', '2019-05-01'),
  ets167Party('HU', '2001-09-01'),
  ets167Party('IE', '2007-04-01'),
  ets167Party('IS', '2000-09-01'),
  ets167Party('IT', '2021-10-01'),
  ets167Party('HR', '2009-02-01'),
  ets167Party('LV', '2005-10-01'),
  ets167Party('LI', '2003-09-01'),
  ets167Party('LT', '2001-05-01'),
  ets167Party('LU', '2003-11-01'),
  ets167Party('MT', '2004-03-01'),
  ets167Party('MD', '2004-09-01'),
  ets167Party('ME', '2006-06-06'),
  ets167Party('NL', '2002-10-01'),
  ets167Party('MK', '2000-06-01'),
  ets167Party('NO', '2001-01-01'),
  ets167Party('UA', '2003-11-01'),
  ets167Party('AT', '2001-04-01'),
  ets167Party('PL', '2000-06-01'),
  ets167Party('PT', '2023-11-01'),
  ets167Party('RO', '2002-04-01'),
  ets167Party('RU', '2007-12-01', 'No longer a Council of Europe member since 16 March 2022; check whether transfers are practised.'),
  ets167Party('SM', '2004-10-01'),
  ets167Party('RS', '2003-01-01'),
  ets167Party('SI', '2014-01-01'),
  ets167Party('ES', '2017-11-01'),
  ets167Party('CZ', '2003-02-01'),
  ets167Party('TR', '2016-09-01', 'Excludes Art. 3 (declaration under Art. 3(6)).'),
  ets167Party('GB', '2009-11-01'),
  ets167Party('SE', '2001-03-01'),
  ets167Party('CH', '2004-10-01'),
];

const bilateralSource = (basis: string) => `${basis}: its text and the act of assent`;

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
  partyListComplete: false,
  partyListSource: dutchTreatyDatabase112,
  partiesAreEuMemberStates: false,
  declarations: [
    {
      state: 'AL',
      effect: 'national_includes_stateless_permanent_residents_and_dual_nationals',
      text: 'Albania declares that the term "national" covers, for the purposes of the Convention, stateless persons permanently resident in Albania and persons holding Albanian nationality together with another.',
      inForceFrom: '2000-08-01',
      legalBasis: 'Declaration of Albania on ETS 112 Art. 3(4) (definition of "national")',
      verified: false,
      source: 'Declarations of Albania as reported (vlex.at); wording not read on the Council of Europe declarations page',
    },
  ],
  withoutConsent: [],
  consentRequired: { value: true, legalBasis: 'ETS 112 Art. 3(1)(d)', verified: true },
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
  partyListComplete: true,
  partyListSource: dutchTreatyDatabase167,
  partiesAreEuMemberStates: false,
  declarations: [
    {
      state: 'BE',
      effect: 'art3_not_applied_if_habitually_resident_at_arrest',
      text: "Belgium undertakes not to apply Article 3 of the Protocol when the sentenced person has his or her habitual residence in the Kingdom's territory at the time of arrest.",
      inForceFrom: '2005-09-01',
      legalBasis: 'Declaration of Belgium contained in the instrument of ratification deposited on 26 May 2005 (ETS 167 Art. 3)',
      verified: true,
      source: 'Council of Europe, reservations and declarations for treaty 167 (status 24/07/2016)',
    },
    {
      state: 'IE',
      effect: 'art3_not_applied',
      text: 'Ireland will not apply Article 3 and will not take over the execution of sentences under the circumstances it describes.',
      inForceFrom: '2007-04-01',
      legalBasis: 'Declaration of Ireland contained in the instrument of ratification deposited on 13 December 2006 (ETS 167 Art. 3(6))',
      verified: true,
      source: 'Council of Europe, reservations and declarations for treaty 167 (status 24/07/2016)',
    },
    {
      state: 'TR',
      effect: 'art3_not_applied',
      text: 'Türkiye excludes the application of Article 3 and, unless notified otherwise, will not take over the execution of sentences under the conditions of Article 3.',
      inForceFrom: '2016-09-01',
      legalBasis: 'Declaration of Türkiye contained in the instrument of ratification deposited on 2 May 2016 (ETS 167 Art. 3(6))',
      verified: true,
      source: 'Austrian Federal Law Gazette BGBl. III No. 121/2016 (notification of the Secretary General of the Council of Europe)',
    },
  ],
  withoutConsent: [
    { ground: 'fled_to_state_of_nationality', legalBasis: 'ETS 167 Art. 2', verified: true },
    { ground: 'expulsion_order', legalBasis: 'ETS 167 Art. 3', verified: true },
  ],
  // Consent remains the rule outside Arts. 2 and 3 (ETS 167 Art. 1(2)).
  consentRequired: { value: true, legalBasis: 'ETS 112 Art. 3(1)(d) (ETS 167 Art. 1(2))', verified: true },
  // The Protocol keeps ETS 112's conditions other than consent (ETS 167 Art. 1(2)).
  minimumRemainingSentence: ets112.minimumRemainingSentence,
  exceptionalShorterRemainder: ets112.exceptionalShorterRemainder,
  opinionRequiredWithoutConsent: {
    value: true,
    legalBasis: 'ETS 167 Art. 3(3)',
    verified: true,
    note: 'Applies to Art. 3 transfers; Art. 2 (fled) needs no opinion.',
  },
  expulsionMeasureCopyRequired: null,
  dualCriminalityRequired: ets112.dualCriminalityRequired,
  agreementOfBothStatesRequired: ets112.agreementOfBothStatesRequired,
  note: 'Albania is not a party.',
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
    { country: 'BE', inForceFrom: '2013-12-01', verified: true, source: bilateralSource(beAlBasis) },
    { country: 'AL', inForceFrom: '2013-12-01', verified: true, source: bilateralSource(beAlBasis), nationalIncludesStatelessPermanentResidents: true },
  ],
  partyListComplete: true,
  partyListSource: beAlBasis,
  partiesAreEuMemberStates: false,
  declarations: [],
  withoutConsent: [
    {
      ground: 'expulsion_order',
      legalBasis: `${beAlBasis}: transfer without consent where the sentence carries an expulsion or removal measure or any measure barring stay after release`,
      verified: true,
    },
  ],
  consentRequired: { value: true, legalBasis: 'ETS 112 Art. 3(1)(d), which the Belgium–Albania agreement of 2010 supplements', verified: true },
  minimumRemainingSentence: {
    amount: 6,
    unit: 'months',
    legalBasis: 'ETS 112 Art. 3(1)(c), applied to the Belgium–Albania agreement of 2010',
    verified: false,
    note: "The agreement's own minimum is not confirmed: ETS 112's 6 months apply unless its text says otherwise.",
  },
  exceptionalShorterRemainder: ets112.exceptionalShorterRemainder,
  opinionRequiredWithoutConsent: {
    value: true,
    legalBasis: `${beAlBasis}: the person's opinion is taken into account (not binding) and a statement of it is on file`,
    verified: true,
  },
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
    {
      country: 'BE',
      inForceFrom: '2016-12-24',
      verified: false,
      source: bilateralSource(beXkBasis),
      note: 'Ratifications exchanged on 24 November 2016; exact date of entry into force to confirm.',
    },
    {
      country: 'XK',
      inForceFrom: '2016-12-24',
      verified: false,
      source: bilateralSource(beXkBasis),
      note: 'Ratifications exchanged on 24 November 2016; exact date of entry into force to confirm.',
    },
  ],
  partyListComplete: true,
  partyListSource: beXkBasis,
  partiesAreEuMemberStates: false,
  declarations: [],
  withoutConsent: [
    { ground: 'expulsion_order', legalBasis: `${beXkBasis}: transfer with or without consent`, verified: true },
    { ground: 'fled_to_state_of_nationality', legalBasis: `${beXkBasis} (article not read)`, verified: false },
  ],
  consentRequired: { value: false, legalBasis: `${beXkBasis}: transfer with or without consent (article not read)`, verified: false },
  minimumRemainingSentence: {
    amount: 6,
    unit: 'months',
    legalBasis: `${beXkBasis} (on the model of ETS 112 Art. 3(1)(c))`,
    verified: false,
    note: "Configurable until a jurist confirms the convention's own minimum.",
  },
  exceptionalShorterRemainder: { value: true, legalBasis: `${beXkBasis} (on the model of ETS 112 Art. 3(2))`, verified: false },
  opinionRequiredWithoutConsent: { value: true, legalBasis: `${beXkBasis} (on the model of ETS 167 Art. 3(3))`, verified: false },
  expulsionMeasureCopyRequired: null,
  dualCriminalityRequired: { value: true, legalBasis: `${beXkBasis} (on the model of ETS 112 Art. 3(1)(e))`, verified: false },
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
    { country: 'BE', inForceFrom: '2017-05-10', verified: true, source: 'Moniteur belge of 24 March 2017 (Belgian assent law of 5 May 2014)' },
    {
      country: 'BR',
      inForceFrom: '2017-05-10',
      verified: true,
      source: 'Brazilian Decreto 9.239 of 15 December 2017',
      note: 'In force for Brazil on 10 May 2017 (Decreto 9.239 of 15 December 2017).',
    },
  ],
  partyListComplete: true,
  partyListSource: beBrBasis,
  partiesAreEuMemberStates: false,
  declarations: [],
  // Consent is always required: no transfer without consent under this convention.
  withoutConsent: [],
  consentRequired: {
    value: true,
    legalBasis: `${beBrBasis}: transfer at the sentenced person's request or with their express consent (article not read)`,
    verified: true,
  },
  minimumRemainingSentence: {
    amount: 6,
    unit: 'months',
    legalBasis: `${beBrBasis} (on the model of ETS 112 Art. 3(1)(c))`,
    verified: false,
    note: "Configurable until a jurist confirms the convention's own minimum.",
  },
  exceptionalShorterRemainder: { value: true, legalBasis: `${beBrBasis} (on the model of ETS 112 Art. 3(2))`, verified: false },
  opinionRequiredWithoutConsent: null,
  expulsionMeasureCopyRequired: null,
  dualCriminalityRequired: { value: true, legalBasis: `${beBrBasis} (on the model of ETS 112 Art. 3(1)(e))`, verified: false },
  agreementOfBothStatesRequired: { value: true, legalBasis: `${beBrBasis}: both states must agree to the transfer`, verified: true },
  note: "Transfer at the sentenced person's request or with their express consent only. Brazil has also been a party to ETS 112 since 1 October 2023: the rules keep this bilateral convention as the route with consent (it is specific to the two states) until a jurist says which of the two applies.",
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
  partyListComplete: true,
  partyListSource: 'The EU Member States bound by the Framework Decision',
  partiesAreEuMemberStates: true,
  declarations: [],
  withoutConsent: [{ ground: 'lives_in_or_deported_to_state_of_nationality', legalBasis: 'FD 2008/909/JHA Art. 6(2)(a)–(b)', verified: true }],
  consentRequired: { value: true, legalBasis: 'FD 2008/909/JHA Art. 6(1)', verified: true, note: 'Except in the cases of Art. 6(2).' },
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
  dualCriminalityRequired: {
    value: false,
    legalBasis: 'FD 2008/909/JHA Art. 7(1) (not verified for offences outside the list of 32: Art. 7(3))',
    verified: true,
  },
  agreementOfBothStatesRequired: {
    value: false,
    legalBasis: 'FD 2008/909/JHA Art. 4(1): consent of the executing state only where Art. 4(1)(c) applies',
    verified: true,
  },
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
  partyListComplete: true,
  partyListSource: 'Not in force: no party for the rules',
  partiesAreEuMemberStates: false,
  declarations: [],
  withoutConsent: [],
  consentRequired: { value: true, legalBasis: 'ETS 112 Art. 3(1)(d)', verified: true },
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

/** Whether a party record may make a check met: read in its source and dated. */
export function partyConfirmed(party: TransferParty): boolean {
  return party.verified && party.inForceFrom !== null;
}

/**
 * How far the reference data can answer "is this state a party on this date?": a
 * confirmed party; a party whose record is unverified or undated (needs review); not found
 * in a list known to be complete (not a party); or not found in a list that is not
 * complete (needs review: verify).
 */
export type PartyStanding = 'confirmed' | 'unconfirmed' | 'not_party' | 'not_found_unverified_list';

export function partyStanding(instrument: TransferInstrumentData, country: IsoCountryCode, on: CalendarDate): PartyStanding {
  if (instrument.inForceFrom === null || instrument.inForceFrom > on) return 'not_party';
  const party = partyInForce(instrument, country, on);
  if (party !== undefined) return partyConfirmed(party) ? 'confirmed' : 'unconfirmed';
  const listed = instrument.parties.some((candidate) => candidate.country === country);
  // Listed with a later date: not yet a party on that date, as far as a confirmed date says.
  if (listed || instrument.partyListComplete || instrument.partiesAreEuMemberStates) return 'not_party';
  return 'not_found_unverified_list';
}

/** The party record of a state for an instrument on a date, or undefined if not a party then. */
export function partyInForce(instrument: TransferInstrumentData, country: IsoCountryCode, on: CalendarDate): TransferParty | undefined {
  if (instrument.inForceFrom === null || instrument.inForceFrom > on) return undefined;
  if (instrument.partiesAreEuMemberStates) {
    return countries[country].euMember ? { country, inForceFrom: instrument.inForceFrom, verified: true, source: instrument.partyListSource } : undefined;
  }
  const party = instrument.parties.find((candidate) => candidate.country === country);
  if (!party) return undefined;
  if (party.inForceFrom !== null && party.inForceFrom > on) return undefined;
  return party;
}
