import { z } from 'zod';
import { CalendarDateSchema } from './calendarDate';
import { IsoCountryCodeSchema, type IsoCountryCode } from './countries';
import { LegalFlagSchema, LegalPeriodSchema } from './legalPeriod';
import { NationalityEvidenceListSchema, ReadmissionRequestItemSchema } from './nationalityEvidence';

export const ReadmissionAgreementIdSchema = z.enum(['eu_albania', 'benelux_kosovo']);
export type ReadmissionAgreementId = z.infer<typeof ReadmissionAgreementIdSchema>;

/**
 * A readmission agreement as the rules read it. Every period is data so that a jurist can
 * correct a value here; a `null` period means the agreement has none (or none is known).
 */
export const ReadmissionAgreementSchema = z.object({
  id: ReadmissionAgreementIdSchema,
  title: z.string().min(1),
  /** States that take people back under this agreement (the requested states for Belgium). */
  requestedStates: z.array(IsoCountryCodeSchema).min(1),
  signedOn: CalendarDateSchema,
  inForceFrom: CalendarDateSchema.nullable(),
  inForceLegalBasis: z.string().min(1),
  inForceVerified: z.boolean(),
  /** How Belgium applies it (implementing protocol). */
  implementingProtocol: z.string().min(1),
  coversThirdCountryNationals: LegalFlagSchema,
  /** The agreement's articles on requests and their evidence: what a request, its evidence and its sending rest on. */
  requestLegalBasis: z.string().min(1),
  /** The travel document the requested state issues. */
  travelDocumentLegalBasis: z.string().min(1),
  /** How the transfer is carried out (escorts, means of transport). */
  transferModalitiesLegalBasis: z.string().min(1),
  /** Reply to a request, from its receipt. */
  replyPeriod: LegalPeriodSchema,
  /** A refusal must give its reasons. */
  refusalReasonsRequired: LegalFlagSchema,
  /** No reply within the period counts as acceptance. */
  silenceMeansAcceptance: LegalFlagSchema,
  acceleratedReplyPeriod: LegalPeriodSchema.nullable(),
  /** Transfer after acceptance (or deemed acceptance). */
  transferPeriod: LegalPeriodSchema,
  /** The transfer period is extended for the time legal or practical obstacles last. */
  transferExtendableByObstacles: LegalFlagSchema,
  /** A request for a third-country national must be sent within this period of learning of the irregular stay. */
  thirdCountryNationalRequestLimit: LegalPeriodSchema.nullable(),
  /** The request limit is extended, at the requesting state's request, while legal or factual obstacles prevent a timely request. */
  requestLimitExtendableByObstacles: LegalFlagSchema.nullable(),
  /** The requesting state takes the person back if, within this period after transfer, the conditions prove unmet. */
  wrongfulReadmissionPeriod: LegalPeriodSchema.nullable(),
  transitReplyPeriod: LegalPeriodSchema.nullable(),
  /** Validity of the travel document (laissez-passer) the requested state issues. */
  travelDocumentValidity: LegalPeriodSchema,
  evidence: NationalityEvidenceListSchema,
  requestItems: z.array(ReadmissionRequestItemSchema),
  requestItemsLegalBasis: z.string().min(1),
});
export type ReadmissionAgreement = z.infer<typeof ReadmissionAgreementSchema>;

const euAlbaniaBasis = 'EC–Albania readmission agreement (OJ L 124, 17.5.2005)';
/**
 * Art. 10(2) (reply within 14 calendar days, reasons for a refusal, silence is approval) and
 * Art. 10(3) (transfer within 3 months, extended for legal or practical obstacles) were read
 * in the Romanian version of the agreement (OJ L 124 of 17.5.2005, CELEX 22005A0517(02)).
 * Art. 10(1) (the one-year limit for third-country nationals) was not read: its paragraph
 * number follows from the other two and the sister agreements, so it stays unverified.
 */
const ojTextRead = 'Paragraph read in OJ L 124 of 17.5.2005 (Romanian version, CELEX 22005A0517(02)).';
const ojParagraphNotRead = 'Paragraph number not read in the OJ text (paragraphs 2 and 3 were): to confirm.';

/** Annex lists of the sister EU agreements (domain.md §2 [S18]); Albania's own annex wording is unverified. */
const euAgreementEvidence = {
  proof: ['passport', 'identity_card', 'temporary_identity_card', 'military_id', 'seaman_book', 'citizenship_certificate'],
  primaFacie: ['driving_licence', 'birth_certificate', 'service_book', 'witness_statement', 'personal_statement', 'language_test', 'other'],
  copiesAndExpiredProofArePrimaFacie: true,
  legalBasis: `${euAlbaniaBasis} Annexes I (proof) and II (prima facie)`,
  verified: false,
  note: 'Lists as in the sister EU agreements (e.g. EU–FYROM); bilateral protocols may add items (France–Albania: expired laissez-passers and biometric documents as proof, fingerprint records as prima facie).',
} satisfies z.input<typeof NationalityEvidenceListSchema>;

export const euAlbaniaReadmission: ReadmissionAgreement = {
  id: 'eu_albania',
  title: 'Agreement between the European Community and the Republic of Albania on the readmission of persons residing without authorisation',
  requestedStates: ['AL'],
  signedOn: '2005-04-14',
  inForceFrom: '2006-05-01',
  inForceLegalBasis: 'Council Decision 2005/809/EC; OJ L 124',
  inForceVerified: true,
  implementingProtocol: 'Benelux–Albania implementing protocol of 9 June 2005 (Belgian law of 25 February 2007)',
  coversThirdCountryNationals: { value: true, legalBasis: `${euAlbaniaBasis} Art. 3`, verified: true },
  requestLegalBasis: `${euAlbaniaBasis} Arts. 2–3 and 7–9`,
  travelDocumentLegalBasis: `${euAlbaniaBasis} Art. 2(3)`,
  transferModalitiesLegalBasis: `${euAlbaniaBasis} Art. 11`,
  replyPeriod: {
    amount: 14,
    unit: 'calendar_days',
    legalBasis: `${euAlbaniaBasis} Art. 10(2)`,
    verified: true,
    note: `Counted from receipt of the request. ${ojTextRead}`,
  },
  refusalReasonsRequired: { value: true, legalBasis: `${euAlbaniaBasis} Art. 10(2)`, verified: true, note: ojTextRead },
  silenceMeansAcceptance: {
    value: true,
    legalBasis: `${euAlbaniaBasis} Art. 10(2)`,
    verified: true,
    note: `No reply within the period is deemed approval of the transfer. ${ojTextRead}`,
  },
  acceleratedReplyPeriod: null,
  transferPeriod: {
    amount: 3,
    unit: 'months',
    legalBasis: `${euAlbaniaBasis} Art. 10(3)`,
    verified: true,
    note: `From acceptance or deemed acceptance; extended, at the requesting state's request, by the time taken to deal with legal or practical obstacles. ${ojTextRead}`,
  },
  transferExtendableByObstacles: { value: true, legalBasis: `${euAlbaniaBasis} Art. 10(3)`, verified: true, note: ojTextRead },
  thirdCountryNationalRequestLimit: {
    amount: 1,
    unit: 'years',
    legalBasis: `${euAlbaniaBasis} Art. 10(1)`,
    verified: false,
    note: `From the moment the requesting state learned of the irregular stay; extended only while legal or factual obstacles last. ${ojParagraphNotRead}`,
  },
  requestLimitExtendableByObstacles: { value: true, legalBasis: `${euAlbaniaBasis} Art. 10(1)`, verified: false, note: ojParagraphNotRead },
  wrongfulReadmissionPeriod: { amount: 3, unit: 'months', legalBasis: `${euAlbaniaBasis} Art. 12`, verified: true, note: 'From the transfer.' },
  transitReplyPeriod: {
    amount: 5,
    unit: 'calendar_days',
    legalBasis: "France–Albania implementing protocol (example value; the Benelux protocol's value is not confirmed)",
    verified: false,
    note: 'Configurable: the Benelux value is not confirmed.',
  },
  travelDocumentValidity: {
    amount: 6,
    unit: 'months',
    legalBasis: 'Benelux–Albania implementing protocol (practice of the Dutch Repatriation and Departure Service)',
    verified: false,
  },
  evidence: euAgreementEvidence,
  requestItems: ['request_form', 'photo', 'fingerprints', 'document_copies'],
  requestItemsLegalBasis: 'Benelux–Albania implementing protocol; practice of the Dutch Repatriation and Departure Service',
};

const beneluxKosovoBasis = 'Benelux–Kosovo readmission agreement and implementing protocol (The Hague, 12 May 2011; Belgian assent law of 26 December 2013)';
const unverifiedKosovo = 'Benelux–Kosovo value not confirmed in the text: configurable, set like the EU–Albania agreement until a jurist confirms it.';

export const beneluxKosovoReadmission: ReadmissionAgreement = {
  id: 'benelux_kosovo',
  title: 'Agreement between the Benelux States and Kosovo on the readmission of persons residing without authorisation',
  requestedStates: ['XK'],
  signedOn: '2011-05-12',
  inForceFrom: null,
  inForceLegalBasis: `${beneluxKosovoBasis}; date of entry into force unverified`,
  inForceVerified: false,
  implementingProtocol: 'Benelux–Kosovo implementing protocol of 12 May 2011',
  coversThirdCountryNationals: {
    value: true,
    legalBasis: beneluxKosovoBasis,
    verified: false,
    note: 'Covers third-country nationals who came directly from Kosovo.',
  },
  requestLegalBasis: beneluxKosovoBasis,
  travelDocumentLegalBasis: beneluxKosovoBasis,
  transferModalitiesLegalBasis: beneluxKosovoBasis,
  replyPeriod: { amount: 14, unit: 'calendar_days', legalBasis: beneluxKosovoBasis, verified: false, note: unverifiedKosovo },
  refusalReasonsRequired: { value: true, legalBasis: beneluxKosovoBasis, verified: false, note: unverifiedKosovo },
  silenceMeansAcceptance: { value: true, legalBasis: beneluxKosovoBasis, verified: false, note: unverifiedKosovo },
  acceleratedReplyPeriod: null,
  transferPeriod: { amount: 3, unit: 'months', legalBasis: beneluxKosovoBasis, verified: false, note: unverifiedKosovo },
  transferExtendableByObstacles: { value: true, legalBasis: beneluxKosovoBasis, verified: false, note: unverifiedKosovo },
  thirdCountryNationalRequestLimit: { amount: 1, unit: 'years', legalBasis: beneluxKosovoBasis, verified: false, note: unverifiedKosovo },
  requestLimitExtendableByObstacles: { value: true, legalBasis: beneluxKosovoBasis, verified: false, note: unverifiedKosovo },
  wrongfulReadmissionPeriod: { amount: 3, unit: 'months', legalBasis: beneluxKosovoBasis, verified: false, note: unverifiedKosovo },
  transitReplyPeriod: null,
  travelDocumentValidity: { amount: 6, unit: 'months', legalBasis: beneluxKosovoBasis, verified: false, note: unverifiedKosovo },
  evidence: { ...euAgreementEvidence, legalBasis: `${beneluxKosovoBasis}, annexes`, verified: false },
  requestItems: ['request_form', 'photo', 'fingerprints', 'document_copies'],
  requestItemsLegalBasis: `${beneluxKosovoBasis} (Benelux practice, unverified)`,
};

export const readmissionAgreements: Readonly<Record<ReadmissionAgreementId, ReadmissionAgreement>> = {
  eu_albania: euAlbaniaReadmission,
  benelux_kosovo: beneluxKosovoReadmission,
};

/** The agreement under which Belgium asks this state to readmit, if any. */
export function readmissionAgreementFor(requestedState: IsoCountryCode | string): ReadmissionAgreement | undefined {
  return Object.values(readmissionAgreements).find((agreement) => agreement.requestedStates.some((state) => state === requestedState));
}
