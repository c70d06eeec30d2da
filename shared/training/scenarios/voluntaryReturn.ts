import type { CaseFile, CaseFileExport } from '../../model';
import { emptyCase, record, type CaseBuilder } from '../caseBuilder';
import { at, day, month, named, nationalityFrom, passport, scenarioBuilder, scenarioDocument } from './scenarioKit';

/** A rejected asylum seeker who chose assisted voluntary return after IOM counselling. */
function rejectedAsylumSeeker(
  b: CaseBuilder,
  input: {
    reference: string;
    familyName: string;
    givenNames: string;
    sex: 'female' | 'male';
    dateOfBirth: string;
    placeOfBirth: string;
    country: string;
    languages: string[];
    passportNumber: string;
    tier: 'full' | 'administrative_assistance';
  },
): CaseFile {
  const pass = passport(b, input.country, input.passportNumber, '2023-01-10', '2033-01-09');
  return {
    ...emptyCase(b, {
      reference: input.reference,
      stage: 'VOLUNTARY_PREP',
      route: 'voluntary',
      openedOn: month(-3),
      person: {
        sex: input.sex,
        dateOfBirth: input.dateOfBirth,
        dateOfBirthEstimated: false,
        placeOfBirth: input.placeOfBirth,
        countryOfBirth: input.country,
        languages: input.languages,
        stateless: false,
        biometricReferences: [{ system: 'eurodac', externalId: `EURODAC-TRN-${input.passportNumber}`, capturedOn: month(-14) }],
      },
    }),
    identities: [named(b, input.familyName, input.givenNames, pass.id)],
    documents: [pass],
    nationalities: [nationalityFrom(b, input.country, pass, month(-13))],
    residencyHistory: [
      record.residency(b, { status: 'asylum_pending', from: month(-14), to: month(-3, -1), decisionReference: `CGRS-TRN-${input.passportNumber.slice(-4)}` }),
      record.residency(b, { status: 'asylum_rejected', from: month(-3), decisionReference: `CALL-TRN-${input.passportNumber.slice(-4)}` }),
    ],
    decisions: [
      record.decision(b, {
        type: 'order_to_leave',
        reference: `OQT-TRN-${input.passportNumber.slice(-4)}`,
        decidedOn: day(-20),
        notifiedOn: day(-18),
        decidedBy: 'user-trainer-demo',
        legalBasis: 'Aliens Act Art. 52/3 and 74/14',
        departureDays: 30,
        shortenedPeriodGrounds: [],
        // Extended while IOM organises the return (Aliens Act Art. 74/14 §2).
        departurePeriodExtendedUntil: day(40),
      }),
    ],
    returnOperation: record.returnOperation(b, {
      kind: 'voluntary',
      carrier: 'iom',
      destinationCountry: input.country,
      voluntaryReturnConsentOn: day(-6),
      scheduledDepartureAt: at(day(21), '07:30'),
      escorts: 0,
      attempts: [],
      reintegration: { tier: input.tier, provider: 'IOM', ...(input.tier === 'full' ? { grantEur: 2000 } : {}) },
    }),
  };
}

export const voluntaryReturnTiers: CaseFileExport = (() => {
  const b = scenarioBuilder('voluntary-return-tiers');
  return scenarioDocument(
    'Training scenario: two rejected asylum seekers choose assisted voluntary return after IOM counselling: a Western Balkans national (administrative assistance only) and a visa-required nationality (reintegration support).',
    [
      rejectedAsylumSeeker(b, {
        reference: 'TRN-2026-900005',
        familyName: 'Çela',
        givenNames: 'Mirela',
        sex: 'female',
        dateOfBirth: '1996-04-02',
        placeOfBirth: 'Elbasan',
        country: 'AL',
        languages: ['sq', 'en'],
        passportNumber: 'BN7731905',
        tier: 'administrative_assistance',
      }),
      rejectedAsylumSeeker(b, {
        reference: 'TRN-2026-900006',
        familyName: 'Camara',
        givenNames: 'Mamadou Saliou',
        sex: 'male',
        dateOfBirth: '1998-10-15',
        placeOfBirth: 'Kindia',
        country: 'GN',
        languages: ['fr', 'ff', 'sus'],
        passportNumber: 'R02246718',
        tier: 'full',
      }),
    ],
  );
})();
