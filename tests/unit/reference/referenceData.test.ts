import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DetentionTypeSchema, DocumentTypeSchema, DublinRegimeSchema as ModelDublinRegimeSchema } from '../../../shared/model';
import {
  ageOfMajority,
  CountrySchema,
  DetentionLimitSchema,
  DublinRegimeDataSchema,
  LegalPeriodSchema,
  ReadmissionAgreementSchema,
  TransferInstrumentDataSchema,
  countries,
  detentionLimits,
  dublinRegimeFor,
  dublinRegimes,
  fd2008909Deadlines,
  partyInForce,
  readmissionAgreementFor,
  readmissionAgreements,
  returnDirectiveDetentionCeiling,
  returnPeriods,
  transferInstruments,
  voluntaryDeparture,
  EvidenceDocumentTypeSchema,
} from '../../../shared/reference';

describe('reference data validates against its schemas', () => {
  it('readmission agreements', () => {
    for (const agreement of Object.values(readmissionAgreements)) ReadmissionAgreementSchema.parse(agreement);
  });
  it('transfer instruments', () => {
    for (const instrument of Object.values(transferInstruments)) TransferInstrumentDataSchema.parse(instrument);
  });
  it('detention limits and Dublin regimes', () => {
    for (const limit of Object.values(detentionLimits)) DetentionLimitSchema.parse(limit);
    for (const regime of Object.values(dublinRegimes)) DublinRegimeDataSchema.parse(regime);
  });
  it('every other legal period carries a legal basis and a verified flag', () => {
    const periods = { ...voluntaryDeparture, ...returnPeriods, ...fd2008909Deadlines, ...returnDirectiveDetentionCeiling, ageOfMajority };
    for (const period of Object.values(periods)) LegalPeriodSchema.parse(period);
  });
  it('countries: ISO 3166-1 alpha-2 plus XK, 27 EU Member States', () => {
    const all = Object.values(countries);
    for (const country of all) CountrySchema.parse(country);
    expect(all).toHaveLength(250);
    expect(all.filter((country) => country.euMember)).toHaveLength(27);
    expect(countries.XK).toMatchObject({ westernBalkans: true, visaFree: true, euMember: false });
    expect(countries.AL).toMatchObject({ westernBalkans: true, visaFree: true });
    expect(countries.MA).toMatchObject({ visaFree: false, euMember: false });
  });
});

describe('legal values named in domain.md', () => {
  const cases: { name: string; actual: unknown; expected: unknown; basis: string }[] = [
    {
      name: 'EU–AL reply',
      actual: readmissionAgreements.eu_albania.replyPeriod,
      expected: { amount: 14, unit: 'calendar_days', verified: true },
      basis: 'EC–Albania RA Art. 10',
    },
    {
      name: 'EU–AL silence = acceptance',
      actual: readmissionAgreements.eu_albania.silenceMeansAcceptance,
      expected: { value: true },
      basis: 'EC–Albania RA Art. 10',
    },
    {
      name: 'EU–AL transfer',
      actual: readmissionAgreements.eu_albania.transferPeriod,
      expected: { amount: 3, unit: 'months' },
      basis: 'EC–Albania RA Art. 10',
    },
    {
      name: 'EU–AL TCN 1 year',
      actual: readmissionAgreements.eu_albania.thirdCountryNationalRequestLimit,
      expected: { amount: 1, unit: 'years' },
      basis: 'EC–Albania RA Art. 10',
    },
    {
      name: 'EU–AL wrongful readmission',
      actual: readmissionAgreements.eu_albania.wrongfulReadmissionPeriod,
      expected: { amount: 3, unit: 'months' },
      basis: 'EC–Albania RA Art. 12',
    },
    {
      name: 'Benelux–Kosovo unverified',
      actual: readmissionAgreements.benelux_kosovo.replyPeriod,
      expected: { verified: false },
      basis: 'Benelux–Kosovo 2011',
    },
    { name: 'return detention release', actual: detentionLimits.return.maximum, expected: { amount: 5, unit: 'months' }, basis: 'Aliens Act Art. 7' },
    {
      name: 'return detention public order',
      actual: detentionLimits.return.publicOrderMaximum,
      expected: { amount: 8, unit: 'months' },
      basis: 'Aliens Act Art. 7',
    },
    { name: 'asylum territory', actual: detentionLimits.asylum_territory.maximum, expected: { amount: 6, unit: 'months' }, basis: 'Aliens Act Art. 74/6' },
    {
      name: 'border',
      actual: [detentionLimits.asylum_border.maximum, detentionLimits.asylum_border.publicOrderMaximum],
      expected: [{ amount: 5 }, { amount: 8 }],
      basis: 'Aliens Act Art. 74/5',
    },
    { name: 'Dublin detention', actual: detentionLimits.dublin.maximum, expected: { amount: 6, unit: 'weeks' }, basis: 'Aliens Act Art. 51/5/1' },
    { name: 'RD ceiling', actual: returnDirectiveDetentionCeiling.extended, expected: { amount: 18, unit: 'months' }, basis: 'RD Art. 15(6)' },
    { name: 'VD default', actual: voluntaryDeparture.defaultPeriod, expected: { amount: 30, unit: 'calendar_days' }, basis: 'Aliens Act Art. 74/14' },
    { name: 'entry ban', actual: returnPeriods.entryBanMaximum, expected: { amount: 5, unit: 'years' }, basis: 'RD Art. 11(2)' },
    { name: 'laissez-passer', actual: returnPeriods.laissezPasserValidity, expected: { amount: 6, unit: 'months' }, basis: 'Benelux protocol practice' },
    { name: 'reintegration', actual: returnPeriods.reintegrationPeriod, expected: { amount: 12, unit: 'months' }, basis: 'Fedasil' },
    { name: 'FD 909 decision', actual: fd2008909Deadlines.recognitionDecision, expected: { amount: 90 }, basis: 'FD 2008/909 Art. 12(2)' },
    { name: 'FD 909 transfer', actual: fd2008909Deadlines.transferAfterFinalDecision, expected: { amount: 30 }, basis: 'FD 2008/909 Art. 15(1)' },
    {
      name: 'Dublin III',
      actual: dublinRegimes.dublin_iii,
      expected: { transferPeriod: { amount: 6 }, imprisonmentExtension: { amount: 12 }, abscondingExtension: { amount: 18 } },
      basis: 'Dublin III Art. 29',
    },
    { name: 'AMMR unverified', actual: dublinRegimes.ammr_2024_1351.abscondingExtension, expected: { verified: false }, basis: 'Reg. 2024/1351 Art. 46' },
    {
      name: 'ETS 112 minimum',
      actual: transferInstruments.ets_112.minimumRemainingSentence,
      expected: { amount: 6, unit: 'months' },
      basis: 'ETS 112 Art. 3(1)(c)',
    },
    { name: 'BE–AL in force', actual: transferInstruments.be_al_2010, expected: { concludedOn: '2010-07-29', inForceFrom: '2013-12-01' }, basis: 'BE–AL 2010' },
    { name: 'BE–XK concluded', actual: transferInstruments.be_xk_2010, expected: { concludedOn: '2010-06-18', inForceVerified: false }, basis: 'BE–XK 2010' },
    { name: 'CETS 222 not in force', actual: transferInstruments.cets_222, expected: { inForceFrom: null }, basis: 'CETS 222 Art. 5' },
    {
      name: 'BE–BR in force, consent only',
      actual: transferInstruments.be_br_2009,
      expected: {
        kind: 'bilateral',
        supplements: null,
        concludedOn: '2009-10-04',
        inForceFrom: '2017-05-10',
        inForceVerified: true,
        withoutConsent: [],
        agreementOfBothStatesRequired: { value: true, verified: true },
      },
      basis: 'BE–BR 2009 Art. 19; Belgian assent law of 5 May 2014; Brazilian Decreto 9.239/2017',
    },
  ];
  it.each(cases)('$name ($basis)', ({ actual, expected }) => {
    expect(actual).toMatchObject(expected as object);
  });

  it('Guinea has no instrument on the transfer of sentenced persons in force with Belgium (the e2e "no route" example)', () => {
    for (const instrument of Object.values(transferInstruments)) expect(partyInForce(instrument, 'GN', '2026-11-23'), instrument.id).toBeUndefined();
  });

  it('Belgium declared it will not apply ETS 167 Art. 3 to people habitually resident in Belgium at arrest', () => {
    expect(transferInstruments.ets_167.declarations).toContainEqual(
      expect.objectContaining({ state: 'BE', effect: 'art3_not_applied_if_habitually_resident_at_arrest', verified: true }),
    );
  });

  it.each([
    ['AL', 'ets_167', '2026-11-23', false, 'Albania is not party to ETS 167 (domain.md §0)'],
    ['AL', 'be_al_2010', '2013-11-30', false, 'BE–AL in force 1 Dec 2013'],
    ['AL', 'be_al_2010', '2013-12-01', true, 'BE–AL in force 1 Dec 2013'],
    ['XK', 'ets_112', '2026-11-23', false, 'Kosovo is not a CoE member'],
    ['FR', 'fd_2008_909', '2026-11-23', true, 'FD 2008/909: EU Member States'],
    ['AL', 'fd_2008_909', '2026-11-23', false, 'FD 2008/909: EU Member States only'],
    ['BE', 'cets_222', '2026-11-23', false, 'CETS 222 not in force'],
    ['BR', 'be_br_2009', '2017-05-09', false, 'BE–BR in force 10 May 2017'],
    ['BR', 'be_br_2009', '2017-05-10', true, 'BE–BR in force 10 May 2017'],
    ['BE', 'be_br_2009', '2017-05-10', true, 'BE–BR in force 10 May 2017'],
  ] as const)('partyInForce(%s, %s, %s) = %s — %s', (country, instrument, on, expected, _basis) => {
    expect(partyInForce(transferInstruments[instrument], country, on) !== undefined).toBe(expected);
  });

  it.each([
    // Reg. 2024/1351 Art. 85: applies from 1 July 2026; Art. 84(2): applications registered before then stay under Dublin III.
    ['2026-06-12', 'dublin_iii'],
    ['2026-06-30', 'dublin_iii'],
    ['2026-07-01', 'ammr_2024_1351'],
    ['2020-01-01', 'dublin_iii'],
  ])('application registered %s is governed by %s (Reg. 2024/1351 Arts. 84(2) and 85: from 1 July 2026)', (lodgedOn, expected) => {
    expect(dublinRegimeFor(lodgedOn).id).toBe(expected);
  });

  it('readmission agreement per requested state', () => {
    expect(readmissionAgreementFor('AL')?.id).toBe('eu_albania');
    expect(readmissionAgreementFor('XK')?.id).toBe('benelux_kosovo');
    expect(readmissionAgreementFor('MA')).toBeUndefined();
  });

  it("evidence document types are the model's document types (shared/model/document.ts)", () => {
    expect([...EvidenceDocumentTypeSchema.options].sort()).toEqual([...DocumentTypeSchema.options].sort());
  });

  it('detention types and Dublin regime ids match the model', () => {
    expect(Object.keys(detentionLimits).sort()).toEqual([...DetentionTypeSchema.options].sort());
    expect(Object.keys(dublinRegimes).sort()).toEqual([...ModelDublinRegimeSchema.options].sort());
  });

  it('evidence document types are a subset of the known types', () => {
    const known = new Set<string>(EvidenceDocumentTypeSchema.options);
    for (const agreement of Object.values(readmissionAgreements)) {
      for (const type of [...agreement.evidence.proof, ...agreement.evidence.primaFacie]) expect(known.has(type)).toBe(true);
    }
    expect(z.array(EvidenceDocumentTypeSchema).safeParse(['passport']).success).toBe(true);
  });
});
