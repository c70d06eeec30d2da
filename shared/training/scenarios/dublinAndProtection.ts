import type { CaseFileExport } from '../../model';
import { emptyCase, record } from '../caseBuilder';
import { day, named, nationalityFrom, passport, scenarioBuilder, scenarioDocument } from './scenarioKit';

/** An asylum seeker whose Eurodac hit shows an earlier application in Germany: Dublin take-back with a 6-month transfer window. */
function dublinCase() {
  const b = scenarioBuilder('dublin-transfer');
  return {
    ...emptyCase(b, {
      reference: 'TRN-2026-900009',
      stage: 'DUBLIN',
      route: 'dublin',
      openedOn: day(-75),
      person: {
        sex: 'male',
        dateOfBirth: '1999-02-20',
        dateOfBirthEstimated: true,
        placeOfBirth: 'Herat',
        countryOfBirth: 'AF',
        languages: ['fa', 'ps'],
        stateless: false,
        biometricReferences: [{ system: 'eurodac', externalId: 'EURODAC-TRN-DE-20931', capturedOn: day(-75) }],
      },
    }),
    identities: [named(b, 'Ahmadi', 'Farid')],
    nationalities: [
      record.nationality(b, {
        country: 'AF',
        status: 'claimed',
        evidence: [{ kind: 'personal_statement', description: 'Declared at the registration of the application', obtainedOn: day(-75) }],
      }),
    ],
    residencyHistory: [
      record.residency(b, { status: 'dublin', from: day(-75), memberState: 'DE', note: 'Eurodac category 1 hit: earlier application in Germany' }),
    ],
    dublinRequests: [
      record.dublin(b, {
        memberState: 'DE',
        regime: 'ammr_2024_1351',
        requestType: 'take_back',
        applicationLodgedOn: day(-75),
        status: 'accepted',
        sentOn: day(-60),
        acceptedOn: day(-40),
        acceptance: 'explicit',
        extension: 'none',
      }),
    ],
  };
}

/** A person recognised as a refugee in Italy who applies again in Belgium: not Dublin, a return to Italy under the Return Directive. */
function protectionCase() {
  const b = scenarioBuilder('protection-other-member-state');
  const permit = record.document(b, {
    type: 'other',
    number: 'IT-PS-TRN-00817',
    issuingCountry: 'IT',
    issuer: 'Questura di Roma',
    issuedOn: '2023-05-18',
    validUntil: '2028-05-17',
    form: 'copy',
    evidenceClass: 'none',
    authenticity: 'not_checked',
    description: 'Italian residence permit for refugees (copy)',
  });
  const pass = passport(b, 'ER', 'P1190354', '2019-01-22', '2024-01-21');
  return {
    ...emptyCase(b, {
      reference: 'TRN-2026-900010',
      stage: 'RETURN_DECISION',
      route: 'protection_member_state',
      openedOn: day(-35),
      person: {
        sex: 'male',
        dateOfBirth: '1995-12-03',
        dateOfBirthEstimated: false,
        placeOfBirth: 'Keren',
        countryOfBirth: 'ER',
        languages: ['ti', 'ar', 'it'],
        stateless: false,
        biometricReferences: [{ system: 'eurodac', externalId: 'EURODAC-TRN-IT-55412', capturedOn: day(-35) }],
      },
    }),
    identities: [named(b, 'Tesfay', 'Yonas', pass.id)],
    documents: [pass, permit],
    nationalities: [nationalityFrom(b, 'ER', pass, day(-30))],
    residencyHistory: [
      record.residency(b, { status: 'protection_other_member_state', from: '2023-05-10', memberState: 'IT', decisionReference: 'IT-REF-TRN-2023-0817' }),
    ],
  };
}

export const dublinTransfer: CaseFileExport = scenarioDocument(
  'Training scenario: a Dublin take-back request accepted by Germany, with its 6-month transfer window.',
  [dublinCase()],
);

export const protectionOtherMemberState: CaseFileExport = scenarioDocument(
  'Training scenario: a refugee recognised in Italy applies again in Belgium: not a Dublin case; the application is inadmissible and the return goes to Italy.',
  [protectionCase()],
);
