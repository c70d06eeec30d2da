import type { CaseFileExport } from '../../model';
import { emptyCase, record } from '../caseBuilder';
import { day, month, named, nationalityFrom, scenarioBuilder, scenarioDocument } from './scenarioKit';

/**
 * A readmission request to Albania, received 3 days ago, that will get no reply: 14
 * calendar days after receipt it counts as accepted (EU–Albania agreement, silence means
 * acceptance), and the 3-month transfer window starts.
 */
function readmissionCase() {
  const b = scenarioBuilder('readmission-deemed-accepted');
  const idCopy = record.document(b, {
    type: 'identity_card',
    number: 'J10287745N',
    issuingCountry: 'AL',
    issuedOn: '2016-02-15',
    validUntil: '2026-02-14',
    form: 'copy',
    evidenceClass: 'prima_facie',
    authenticity: 'not_checked',
    description: 'Copy of an expired Albanian identity card, found on his phone',
  });
  return {
    ...emptyCase(b, {
      reference: 'TRN-2026-900011',
      stage: 'FORCED_PREP',
      route: 'readmission',
      openedOn: month(-2),
      person: {
        sex: 'male',
        dateOfBirth: '2001-08-08',
        dateOfBirthEstimated: false,
        placeOfBirth: 'Fier',
        countryOfBirth: 'AL',
        languages: ['sq', 'el'],
        stateless: false,
        biometricReferences: [{ system: 'afis', externalId: 'AFIS-TRN-71104', capturedOn: month(-2) }],
      },
    }),
    identities: [named(b, 'Dervishi', 'Ermal', idCopy.id)],
    documents: [idCopy],
    nationalities: [nationalityFrom(b, 'AL', idCopy, month(-2, 5))],
    residencyHistory: [record.residency(b, { status: 'irregular_stay', from: month(-7), irregularStayKnownOn: month(-2) })],
    decisions: [
      record.decision(b, {
        type: 'order_to_leave',
        reference: 'OQT-TRN-9051',
        decidedOn: month(-2),
        notifiedOn: month(-2),
        decidedBy: 'user-trainer-demo',
        legalBasis: 'Aliens Act Art. 7 and 74/14',
        departureDays: 0,
        shortenedPeriodGrounds: ['risk_of_absconding'],
        shortenedPeriodReasoning: 'No address, two earlier orders to leave not complied with, and used a false name at the first check.',
      }),
    ],
    nonRefoulementAssessments: [
      record.nonRefoulement(b, { destinationCountry: 'AL', outcome: 'cleared', assessedOn: day(-9), assessedBy: 'user-trainer-demo' }),
    ],
    readmissionRequests: [
      record.readmission(b, {
        agreementId: 'eu_albania',
        requestedState: 'AL',
        subject: 'own_national',
        procedure: 'standard',
        status: 'SENT',
        sentOn: day(-5),
        receivedOn: day(-3),
        sendCount: 1,
        evidenceDocumentIds: [idCopy.id],
        attachments: { requestForm: true, photo: true, fingerprints: true, documentCopies: true },
        transferObstacles: [],
      }),
    ],
  };
}

export const readmissionDeemedAccepted: CaseFileExport = scenarioDocument(
  'Training scenario: a readmission request to Albania gets no reply: deemed accepted after 14 calendar days, then the 3-month transfer window.',
  [readmissionCase()],
);
