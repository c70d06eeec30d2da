import type { CaseFileExport } from '../../model';
import { emptyCase, record } from '../caseBuilder';
import { day, month, named, nationalityFrom, passport, scenarioBuilder, scenarioDocument } from './scenarioKit';

/**
 * A Kosovo national in a Belgian prison. Kosovo is not a party to the Council of Europe
 * conventions (ETS 112, ETS 167): the Belgium–Kosovo convention of 18 June 2010 is the
 * route, with or without consent.
 */
function kosovarPrisoner() {
  const b = scenarioBuilder('kosovo-transfer');
  const pass = passport(b, 'XK', 'P01873342', '2022-02-11', '2032-02-10');
  return {
    ...emptyCase(b, {
      reference: 'TRN-2026-900003',
      stage: 'TST_ASSESSMENT',
      route: 'sentence_transfer',
      priority: 'high',
      openedOn: month(-10),
      person: {
        sex: 'male',
        dateOfBirth: '1987-11-30',
        dateOfBirthEstimated: false,
        placeOfBirth: 'Gjakovë',
        countryOfBirth: 'XK',
        languages: ['sq', 'sr', 'de'],
        stateless: false,
        biometricReferences: [],
      },
    }),
    identities: [named(b, 'Krasniqi', 'Blerim', pass.id)],
    documents: [pass],
    nationalities: [nationalityFrom(b, 'XK', pass, day(-30))],
    residencyHistory: [record.residency(b, { status: 'short_stay_expired', from: month(-26), irregularStayKnownOn: month(-14) })],
    custody: record.custody(b, {
      prison: 'Prison de Lantin',
      court: 'Tribunal correctionnel de Liège',
      judgmentDate: month(-11),
      judgmentFinal: true,
      offences: [{ description: 'Aggravated burglary of dwellings, in a gang', category: 'property' }],
      sentence: { kind: 'determinate', years: 3, months: 6, days: 0 },
      sentenceStart: month(-13),
      expectedEnd: month(29),
      expulsionOrder: { reference: 'OQT-TRN-5120', issuedOn: month(-10), issuedBy: 'administration', copyOnFile: true },
      habituallyResidentInBelgiumAtArrest: false,
      dualCriminality: true,
      consent: { status: 'refused', recordedOn: day(-25), byLegalRepresentative: false },
      opinion: {
        statement: 'Would rather serve the sentence in Belgium, where the conditions are better; his family in Gjakovë could visit him in Kosovo, he admits.',
        recordedOn: day(-25),
      },
    }),
    sentenceTransfers: [record.sentenceTransfer(b, { instrument: 'BE_XK_2010', administeringState: 'XK', withoutConsent: true, status: 'assessing' })],
    decisions: [
      record.decision(b, {
        type: 'order_to_leave',
        reference: 'OQT-TRN-5120',
        decidedOn: month(-10),
        notifiedOn: month(-10, 3),
        decidedBy: 'user-trainer-demo',
        legalBasis: 'Aliens Act Art. 7 and 74/14',
        departureDays: 0,
        shortenedPeriodGrounds: ['public_order'],
        shortenedPeriodReasoning: 'Convicted of serial burglaries in a gang: a threat to public order. The order is enforced at release.',
      }),
    ],
  };
}

export const kosovoTransfer: CaseFileExport = scenarioDocument(
  'Training scenario: Kosovo national in a Belgian prison: the Belgium–Kosovo convention of 2010 applies, since Kosovo is not a party to the Council of Europe conventions.',
  [kosovarPrisoner()],
);
