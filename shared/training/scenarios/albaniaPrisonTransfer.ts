import type { CaseFile, CaseFileExport } from '../../model';
import { emptyCase, record } from '../caseBuilder';
import { day, month, named, nationalityFrom, scenarioBuilder, scenarioDocument } from './scenarioKit';

/**
 * An Albanian national serving a sentence in Belgium without a right of residence, with an
 * order to leave that bars stay after release. `monthsLeft` decides the teaching point:
 * 9 months left → transfer without consent under the Belgium–Albania agreement of 2010;
 * 4 months left → under ETS 112's six-month minimum, so return at release instead, with a
 * readmission request prepared in advance.
 */
function albanianPrisoner(scenarioId: string, reference: string, monthsLeft: number): CaseFile {
  const b = scenarioBuilder(scenarioId);
  // A valid identity card proves the nationality, but he holds no passport to travel on: readmission gives the travel document.
  const idCard = record.document(b, {
    type: 'identity_card',
    number: 'I40512377K',
    issuingCountry: 'AL',
    issuer: 'Drejtoria e Gjendjes Civile, Shkodër',
    issuedOn: '2019-09-02',
    validUntil: '2029-09-01',
    form: 'original',
    evidenceClass: 'proof',
    authenticity: 'genuine',
  });
  const transferable = monthsLeft >= 6;
  const caseFile: CaseFile = {
    ...emptyCase(b, {
      reference,
      stage: 'TST_ASSESSMENT',
      route: transferable ? 'sentence_transfer' : 'readmission',
      priority: 'high',
      openedOn: month(-20),
      person: {
        sex: 'male',
        dateOfBirth: '1990-03-14',
        dateOfBirthEstimated: false,
        placeOfBirth: 'Shkodër',
        countryOfBirth: 'AL',
        languages: ['sq', 'it'],
        stateless: false,
        biometricReferences: [{ system: 'afis', externalId: 'AFIS-TRN-55120', capturedOn: month(-30) }],
      },
    }),
    identities: [
      named(b, 'Hoxha', 'Ilir', idCard.id),
      record.identity(b, { familyName: 'Hoxa', givenNames: 'Iliri', primary: false, source: 'database', confidence: 'high', databaseName: 'SIS II' }),
    ],
    documents: [idCard],
    nationalities: [nationalityFrom(b, 'AL', idCard, day(-40))],
    residencyHistory: [record.residency(b, { status: 'irregular_stay', from: month(-30), irregularStayKnownOn: month(-26) })],
    custody: record.custody(b, {
      prison: 'Prison de Haren',
      court: 'Tribunal correctionnel de Bruxelles',
      judgmentDate: month(-22),
      judgmentFinal: true,
      offences: [{ description: 'Trafficking in narcotics as part of a criminal organisation', category: 'drugs' }],
      sentence: { kind: 'determinate', years: 3, months: 0, days: 0 },
      sentenceStart: month(monthsLeft - 36),
      expectedEnd: month(monthsLeft),
      expulsionOrder: { reference: 'OQT-TRN-4471', issuedOn: month(-21), issuedBy: 'administration', copyOnFile: true },
      habituallyResidentInBelgiumAtArrest: false,
      dualCriminality: true,
      consent: { status: 'refused', recordedOn: day(-20), byLegalRepresentative: false },
      opinion: {
        statement: 'Does not want to serve the rest of his sentence in Albania: his brother lives in Ghent and he hopes to be released here.',
        recordedOn: day(-20),
      },
    }),
    nonRefoulementAssessments: [
      record.nonRefoulement(b, { destinationCountry: 'AL', outcome: 'cleared', assessedOn: day(-15), assessedBy: 'user-trainer-demo' }),
    ],
    decisions: [
      record.decision(b, {
        type: 'order_to_leave',
        reference: 'OQT-TRN-4471',
        decidedOn: month(-21),
        notifiedOn: month(-21, 2),
        decidedBy: 'user-trainer-demo',
        legalBasis: 'Aliens Act Art. 7 and 74/14',
        departureDays: 0,
        shortenedPeriodGrounds: ['public_order'],
        shortenedPeriodReasoning: 'Convicted of drug trafficking in an organised group: a serious threat to public order. The order is enforced at release.',
      }),
    ],
  };
  if (transferable) {
    caseFile.sentenceTransfers = [
      record.sentenceTransfer(b, { instrument: 'BE_AL_2010', administeringState: 'AL', withoutConsent: true, status: 'assessing' }),
    ];
  } else {
    // Prepared in advance so the person can be returned on the day of release.
    caseFile.readmissionRequests = [
      record.readmission(b, {
        agreementId: 'eu_albania',
        requestedState: 'AL',
        subject: 'own_national',
        procedure: 'standard',
        status: 'DRAFT',
        sendCount: 0,
        evidenceDocumentIds: [idCard.id],
        attachments: { requestForm: true, photo: true, fingerprints: true, documentCopies: true },
        transferObstacles: [],
      }),
    ];
  }
  return caseFile;
}

export const albaniaTransferNineMonths: CaseFileExport = scenarioDocument(
  'Training scenario: Albanian national in a Belgian prison, no right of residence, order to leave, 9 months left: transfer without consent under the Belgium–Albania agreement of 2010.',
  [albanianPrisoner('albania-transfer-9-months', 'TRN-2026-900001', 9)],
);

export const albaniaTransferFourMonths: CaseFileExport = scenarioDocument(
  'Training scenario: the same Albanian national with 4 months left: not eligible for transfer; return at release, readmission prepared in advance.',
  [albanianPrisoner('albania-transfer-4-months', 'TRN-2026-900002', 4)],
);
