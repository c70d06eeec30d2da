import type { CaseFileExport } from '../../model';
import { emptyCase, record } from '../caseBuilder';
import { day, month, named, nationalityFrom, passport, scenarioBuilder, scenarioDocument } from './scenarioKit';

/**
 * A third-country national considered under the prison-capacity-abroad model (the
 * Denmark–Kosovo lease). A policy model only: Belgium has no legal basis for it, so the
 * app shows the profile fit and never a legal route.
 */
function moroccanPrisoner() {
  const b = scenarioBuilder('prison-capacity-abroad');
  const pass = passport(b, 'MA', 'UZ4418203', '2021-06-17', '2026-06-16');
  return {
    ...emptyCase(b, {
      reference: 'TRN-2026-900004',
      stage: 'IN_CUSTODY',
      route: 'undetermined',
      openedOn: month(-8),
      person: {
        sex: 'male',
        dateOfBirth: '1993-07-21',
        dateOfBirthEstimated: false,
        placeOfBirth: 'Tanger',
        countryOfBirth: 'MA',
        languages: ['ar', 'fr'],
        stateless: false,
        biometricReferences: [],
      },
    }),
    identities: [named(b, 'El Amrani', 'Youssef', pass.id)],
    documents: [pass],
    nationalities: [nationalityFrom(b, 'MA', pass, day(-60))],
    residencyHistory: [record.residency(b, { status: 'irregular_stay', from: month(-40), irregularStayKnownOn: month(-9) })],
    custody: record.custody(b, {
      prison: 'Prison de Marche-en-Famenne',
      court: 'Tribunal correctionnel de Namur',
      judgmentDate: month(-7),
      judgmentFinal: true,
      offences: [{ description: 'Robbery with violence', category: 'violent' }],
      sentence: { kind: 'determinate', years: 4, months: 0, days: 0 },
      sentenceStart: month(-9),
      expectedEnd: month(39),
      expulsionOrder: { reference: 'OQT-TRN-6034', issuedOn: month(-6), issuedBy: 'administration', copyOnFile: true },
      habituallyResidentInBelgiumAtArrest: false,
      dualCriminality: true,
      consent: { status: 'not_asked', byLegalRepresentative: false },
    }),
  };
}

export const prisonCapacityAbroad: CaseFileExport = scenarioDocument(
  'Training scenario: third-country national considered under the prison-capacity-abroad policy model (Denmark–Kosovo lease): a policy model without Belgian legal basis.',
  [moroccanPrisoner()],
);
