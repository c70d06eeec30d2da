import type { CaseFileExport } from '../../model';
import { emptyCase, record } from '../caseBuilder';
import { day, month, named, nationalityFrom, passport, scenarioBuilder, scenarioDocument } from './scenarioKit';

/**
 * Irregular stay from order to leave to removal: the voluntary departure period has run out,
 * forced return is prepared and the person is detained; the 2-month title and the 5-month
 * maximum come closer as the trainer moves the clock; removal after a fitness-to-travel check.
 */
function georgianDetainee() {
  const b = scenarioBuilder('forced-return-detention');
  const pass = passport(b, 'GE', '16AB90214', '2020-08-19', '2030-08-18');
  const detentionId = b.meta().id;
  const detentionDecision = record.decision(b, {
    type: 'detention',
    decidedOn: day(-52),
    notifiedOn: day(-52),
    decidedBy: 'user-trainer-demo',
    legalBasis: 'Aliens Act Art. 7, third paragraph',
    detentionPeriodId: detentionId,
    ground: 'risk_of_absconding',
    groundDescription: 'Did not leave within the period granted, gave no address, and was found working without a permit.',
    alternativesConsidered: 'Reporting and ICAM coaching were offered at notification; he did not attend either appointment.',
  });
  return {
    ...emptyCase(b, {
      reference: 'TRN-2026-900007',
      stage: 'DETAINED',
      route: 'forced',
      priority: 'high',
      openedOn: month(-4),
      person: {
        sex: 'male',
        dateOfBirth: '1985-01-09',
        dateOfBirthEstimated: false,
        placeOfBirth: 'Kutaisi',
        countryOfBirth: 'GE',
        languages: ['ka', 'ru'],
        stateless: false,
        biometricReferences: [],
      },
    }),
    identities: [named(b, 'Beridze', 'Giorgi', pass.id)],
    documents: [pass],
    nationalities: [nationalityFrom(b, 'GE', pass, month(-4, 3))],
    residencyHistory: [record.residency(b, { status: 'short_stay_expired', from: month(-9), irregularStayKnownOn: month(-4) })],
    decisions: [
      record.decision(b, {
        type: 'order_to_leave',
        reference: 'OQT-TRN-7702',
        decidedOn: day(-92),
        notifiedOn: day(-90),
        decidedBy: 'user-trainer-demo',
        legalBasis: 'Aliens Act Art. 7 and 74/14',
        departureDays: 30,
        shortenedPeriodGrounds: [],
      }),
      record.decision(b, {
        type: 'forced_return',
        decidedOn: day(-55),
        notifiedOn: day(-52),
        decidedBy: 'user-trainer-demo',
        legalBasis: 'Aliens Act Art. 27',
        destinationCountry: 'GE',
      }),
      detentionDecision,
    ],
    detentionPeriods: [
      {
        ...record.detention(b, {
          centre: 'Centre fermé de Vottem',
          detentionType: 'return',
          publicOrder: false,
          titleNumber: 1,
          startedOn: day(-52),
          decisionId: detentionDecision.id,
        }),
        id: detentionId,
      },
    ],
    nonRefoulementAssessments: [
      record.nonRefoulement(b, { destinationCountry: 'GE', outcome: 'cleared', assessedOn: day(-50), assessedBy: 'user-trainer-demo' }),
    ],
    fitnessAssessments: [
      record.fitness(b, { outcome: 'fit', assessedOn: day(-3), assessedBy: 'Medical service, Centre fermé de Vottem', validUntil: day(27) }),
    ],
  };
}

export const forcedReturnDetention: CaseFileExport = scenarioDocument(
  'Training scenario: irregular stay: order to leave, voluntary departure period over, forced return prepared, detention with its 2- and 5-month limits, removal after a fitness-to-travel check, closed as removed.',
  [georgianDetainee()],
);
