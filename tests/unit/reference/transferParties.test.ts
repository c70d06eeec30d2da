import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseFile, Custody } from '../../../shared/model';
import { countries, partyConfirmed, partyStanding, transferInstruments, type PartyStanding, type TransferInstrumentId } from '../../../shared/reference';
import { assessTransferEligibility } from '../../../shared/rules';
import { buildCaseFile, buildCustody, buildNationality } from '../arbitraries/caseFileBuilder';
import { caseFileArb, calendarDateArb } from '../rules/arbitraries';

const asOf = '2026-11-23';

function sentencedCase(country: string, custody: Partial<Custody> = {}): CaseFile {
  return buildCaseFile({
    stage: 'TST_ASSESSMENT',
    nationalities: [buildNationality(country, 'proven')],
    custody: buildCustody({
      judgmentFinal: true,
      sentence: { kind: 'determinate', years: 3, months: 0, days: 0 },
      expectedEnd: '2027-07-23',
      expulsionOrder: { reference: 'OQT-1', issuedOn: '2025-07-01', issuedBy: 'administration', copyOnFile: true },
      consent: { status: 'refused', byLegalRepresentative: false },
      opinion: { statement: 'Wishes to stay.', recordedOn: '2026-11-10' },
      dualCriminality: true,
      habituallyResidentInBelgiumAtArrest: false,
      ...custody,
    }),
  });
}

describe('party standing on a date (ETS 112 and ETS 167 party lists)', () => {
  it.each<[string, TransferInstrumentId, string, string, PartyStanding]>([
    // Dutch treaty database, ETS 112: Belgium in force 1 Dec 1990 (ratified 6 Aug 1990; Trb. 2014, 165).
    ['Belgium, ETS 112', 'ets_112', 'BE', asOf, 'confirmed'],
    // Same source: India in force 1 May 2018 (issue 11: India was missing).
    ['India, ETS 112, in force', 'ets_112', 'IN', asOf, 'confirmed'],
    ['India, ETS 112, before its entry into force', 'ets_112', 'IN', '2018-04-30', 'not_party'],
    // Same source: Mongolia 1 Aug 2016, Ghana 1 Jul 2019, Holy See 1 May 2019.
    ['Mongolia, ETS 112', 'ets_112', 'MN', asOf, 'confirmed'],
    ['Holy See, ETS 112', 'ets_112', 'VA', asOf, 'confirmed'],
    // The part of the ETS 112 list after Montenegro was not read in a source: undated and unverified.
    ['Netherlands, ETS 112 (part of the list not read)', 'ets_112', 'NL', asOf, 'unconfirmed'],
    ['Afghanistan, ETS 112 (not listed; list not complete)', 'ets_112', 'AF', asOf, 'not_found_unverified_list'],
    // Dutch treaty database, ETS 167: the whole list with dates; Albania is not a party (domain.md §0).
    ['Albania, ETS 167 (complete list)', 'ets_167', 'AL', asOf, 'not_party'],
    ['Türkiye, ETS 167, in force 1 Sep 2016', 'ets_167', 'TR', asOf, 'confirmed'],
    ['Portugal, ETS 167, before 1 Nov 2023', 'ets_167', 'PT', '2023-10-31', 'not_party'],
    ['Portugal, ETS 167, from 1 Nov 2023', 'ets_167', 'PT', '2023-11-01', 'confirmed'],
  ])('%s', (_label, instrument, country, on, standing) => {
    expect(partyStanding(transferInstruments[instrument], country as never, on)).toBe(standing);
  });

  it('every party record names its source; a verified record is dated', () => {
    for (const instrument of Object.values(transferInstruments)) {
      for (const party of instrument.parties) {
        expect(party.source.length, `${instrument.id} ${party.country}`).toBeGreaterThan(10);
        if (party.verified) expect(party.inForceFrom, `${instrument.id} ${party.country}`).not.toBeNull();
      }
      for (const declaration of instrument.declarations) expect(declaration.source.length).toBeGreaterThan(10);
    }
  });
});

describe('declarations that change the answer (Council of Europe declarations to treaty 167; BGBl. III 121/2016)', () => {
  it.each<[string, string, Partial<Custody>, string, string | undefined]>([
    // Türkiye, ratification of 2 May 2016, Art. 3(6): excludes Art. 3.
    ['Türkiye excludes ETS 167 Art. 3', 'TR', {}, 'not_met', 'rules.TST-4.not_met_state_declaration.text'],
    // Belgium, instrument of 26 May 2005: no Art. 3 transfer of a person habitually resident in Belgium at arrest.
    ['Belgium: habitually resident at arrest', 'GE', { habituallyResidentInBelgiumAtArrest: true }, 'not_met', 'rules.TST-4.not_met_habitual_residence.text'],
    [
      'Belgium: residence at arrest unknown',
      'GE',
      { habituallyResidentInBelgiumAtArrest: undefined },
      'unknown',
      'rules.TST-4.unknown_habitual_residence.text',
    ],
    ['Georgia, not resident in Belgium: Art. 3 applies', 'GE', {}, 'met', 'rules.TST-4.met_expulsion_order.text'],
  ])('%s', (_label, country, custody, status, messageKey) => {
    const tst4 = assessTransferEligibility(sentencedCase(country, custody), asOf).checks.find((check) => check.id === 'TST-4');
    expect(tst4?.status).toBe(status);
    expect(tst4?.messageKey).toBe(messageKey);
  });

  it('Ireland (instrument of 13 Dec 2006) and Türkiye (2 May 2016) exclude Art. 3 altogether (Art. 3(6)); Belgium limits it', () => {
    const effects = Object.fromEntries(transferInstruments.ets_167.declarations.map((declaration) => [declaration.state, declaration.effect]));
    expect(effects).toEqual({ BE: 'art3_not_applied_if_habitually_resident_at_arrest', IE: 'art3_not_applied', TR: 'art3_not_applied' });
  });

  it('Albania\'s declaration on "national" is recorded with its effect (ETS 112 Art. 3(4))', () => {
    expect(transferInstruments.ets_112.declarations).toEqual([
      expect.objectContaining({ state: 'AL', effect: 'national_includes_stateless_permanent_residents_and_dual_nationals' }),
    ]);
    const stateless = buildCaseFile({
      stage: 'TST_ASSESSMENT',
      person: { ...buildCaseFile().person, stateless: true, permanentResidenceCountry: 'AL' },
      custody: sentencedCase('AL').custody,
    });
    expect(assessTransferEligibility(stateless, asOf).checks.find((check) => check.id === 'TST-1')).toMatchObject({
      status: 'met',
      messageKey: 'rules.TST-1.met_stateless_resident.text',
    });
  });
});

describe('property: no unverified or undated record ever makes a check met', () => {
  const unconfirmedStates = [
    ...new Set(
      Object.values(transferInstruments).flatMap((instrument) => instrument.parties.filter((party) => !partyConfirmed(party)).map((party) => party.country)),
    ),
  ];
  const confirmedEverywhere = (state: string) =>
    Object.values(transferInstruments).every((instrument) => instrument.parties.filter((party) => party.country === state).every(partyConfirmed));

  it('there are unconfirmed records to test (non-vacuity)', () => {
    expect(unconfirmedStates.length).toBeGreaterThan(10);
  });

  it('a non-EU state with an unverified or undated party record never gets TST-7 met nor an eligible verdict', () => {
    // EU nationals go through FD 2008/909, whose parties are a class, not a list.
    const nonEu = unconfirmedStates.filter(
      (state) => !confirmedEverywhere(state) && !(state in countries && countries[state as keyof typeof countries].euMember),
    );
    expect(nonEu).toEqual(expect.arrayContaining(['XK', 'NO', 'TR', 'US']));
    fc.assert(
      fc.property(caseFileArb, fc.constantFrom(...nonEu), calendarDateArb, (generated, state, on) => {
        if (generated.custody === undefined) return;
        const caseFile: CaseFile = { ...generated, nationalities: [buildNationality(state, 'proven')], person: { ...generated.person, stateless: false } };
        const result = assessTransferEligibility(caseFile, on);
        expect(result.checks.find((check) => check.id === 'TST-7')?.status).not.toBe('met');
        expect(result.verdict).not.toBe('eligible');
      }),
      { numRuns: 300 },
    );
  });

  it('an unverified Kosovo convention (date of entry into force unconfirmed) never yields "eligible"', () => {
    fc.assert(
      fc.property(caseFileArb, calendarDateArb, (generated, on) => {
        if (generated.custody === undefined) return;
        const result = assessTransferEligibility({ ...generated, nationalities: [buildNationality('XK', 'proven')] }, on);
        expect(result.verdict).not.toBe('eligible');
        expect(result.checks.find((check) => check.id === 'TST-7')?.status).not.toBe('met');
      }),
      { numRuns: 200 },
    );
  });
});
