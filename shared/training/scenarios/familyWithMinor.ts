import type { CaseFileExport } from '../../model';
import { emptyCase, record } from '../caseBuilder';
import { day, month, named, nationalityFrom, passport, scenarioBuilder, scenarioDocument } from './scenarioKit';

/**
 * A mother and her young son whose departure period has ended: a family with minor children
 * is never held in a closed centre (Belgian law of 2024 on proactive return); the
 * alternatives are ICAM coaching, a family unit (return home) and voluntary return.
 */
function familyCase() {
  const b = scenarioBuilder('family-with-minor');
  const pass = passport(b, 'XK', 'P02219458', '2021-03-03', '2031-03-02');
  return {
    ...emptyCase(b, {
      reference: 'TRN-2026-900008',
      stage: 'FORCED_PREP',
      route: 'forced',
      openedOn: month(-5),
      person: {
        sex: 'female',
        dateOfBirth: '1994-06-12',
        dateOfBirthEstimated: false,
        placeOfBirth: 'Ferizaj',
        countryOfBirth: 'XK',
        languages: ['sq'],
        stateless: false,
        biometricReferences: [],
      },
    }),
    identities: [named(b, 'Gashi', 'Drita', pass.id)],
    documents: [pass],
    nationalities: [nationalityFrom(b, 'XK', pass, month(-5, 2))],
    residencyHistory: [
      record.residency(b, { status: 'asylum_pending', from: month(-16), to: month(-3, -1) }),
      record.residency(b, { status: 'asylum_rejected', from: month(-3), decisionReference: 'CALL-TRN-3318' }),
    ],
    familyLinks: [
      record.family(b, {
        relation: 'child',
        name: 'Arbër Gashi',
        dateOfBirth: '2020-09-27',
        minor: true,
        accompanying: true,
        bestInterestsAssessedOn: day(-12),
      }),
    ],
    vulnerabilities: [
      record.vulnerability(b, {
        basis: 'return_directive_3_9',
        category: 'single_parent_with_minor_children',
        assessedOn: day(-12),
        assessedBy: 'user-trainer-demo',
      }),
    ],
    decisions: [
      record.decision(b, {
        type: 'order_to_leave',
        reference: 'OQT-TRN-3318',
        decidedOn: day(-62),
        notifiedOn: day(-60),
        decidedBy: 'user-trainer-demo',
        legalBasis: 'Aliens Act Art. 52/3 and 74/14',
        departureDays: 30,
        shortenedPeriodGrounds: [],
      }),
    ],
    nonRefoulementAssessments: [
      record.nonRefoulement(b, { destinationCountry: 'XK', outcome: 'cleared', assessedOn: day(-10), assessedBy: 'user-trainer-demo' }),
    ],
  };
}

export const familyWithMinor: CaseFileExport = scenarioDocument(
  'Training scenario: a mother and her minor son after the departure period: no detention of families with minors; ICAM coaching, a family unit and voluntary return instead.',
  [familyCase()],
);
