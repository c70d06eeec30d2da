import type { DocumentType, OffenceCategory, ReadmissionStatus, Role, Stage, TransferInstrument } from '../model';
import { englishInstrumentTitles, type InstrumentId, type PeriodUnit, type ReadmissionRequestItem } from '../reference';

/** How a zod issue on an action's input is named to the caseworker (`other` for any code not listed). */
export type InputProblem = 'invalid_type' | 'too_small' | 'too_big' | 'invalid_format' | 'invalid_value' | 'other';

/** A period unit as the messages write it: singular for one, plural otherwise. */
export type PeriodUnitWord = PeriodUnit | 'calendar_day' | 'working_day' | 'week' | 'month' | 'year';

/**
 * English words for coded values a message lists (roles, stages, attachments…). Typed by
 * the model's enums, so a new enum value cannot go without its word.
 */
export const termMessages: {
  role: Record<Role, string>;
  stage: Record<Stage, string>;
  readmissionStatus: Record<ReadmissionStatus, string>;
  requestItem: Record<ReadmissionRequestItem, string>;
  documentType: Record<DocumentType, string>;
  offenceCategory: Record<OffenceCategory, string>;
  periodUnit: Record<PeriodUnitWord, string>;
  inputProblem: Record<InputProblem, string>;
  transferBasis: Record<TransferInstrument, string>;
  marker: Record<'unverified', string>;
  instrument: Record<InstrumentId, string>;
} = {
  role: { caseworker: 'caseworker', supervisor: 'supervisor', trainer: 'trainer', administrator: 'administrator' },
  stage: {
    INTAKE: 'intake',
    IDENTIFICATION: 'identification',
    STATUS_ASSESSMENT: 'status assessment',
    LEGAL_STAY: 'legal stay',
    DUBLIN: 'Dublin procedure',
    DUBLIN_TRANSFERRED: 'transferred under Dublin',
    IN_CUSTODY: 'in custody',
    TST_ASSESSMENT: 'sentence transfer assessment',
    TST_REQUESTED: 'sentence transfer requested',
    TST_TRANSFERRED: 'sentenced person transferred',
    TST_REFUSED: 'sentence transfer refused',
    RETURN_DECISION: 'return decision',
    VOLUNTARY_PREP: 'voluntary return in preparation',
    DEPARTED_VOLUNTARILY: 'departed voluntarily',
    FORCED_PREP: 'forced return in preparation',
    DETAINED: 'detained',
    REMOVAL_SCHEDULED: 'removal scheduled',
    REMOVED: 'removed',
    SUSPENDED: 'suspended',
    ABSCONDED: 'absconded',
    RELEASED_MAX_DETENTION: 'released at maximum detention',
    CLOSED: 'closed',
  },
  readmissionStatus: {
    DRAFT: 'draft',
    SENT: 'sent',
    ACCEPTED: 'accepted',
    DEEMED_ACCEPTED: 'deemed accepted',
    REJECTED: 'rejected',
    INFO_REQUESTED: 'awaiting more information',
    TD_ISSUED: 'with a travel document issued',
    EXECUTED: 'executed',
    TRANSFER_WINDOW_EXPIRED: 'past its transfer period',
    WITHDRAWN: 'withdrawn',
  },
  requestItem: {
    request_form: 'the request form',
    photo: 'a colour photo',
    fingerprints: 'a set of fingerprints',
    document_copies: 'copies of the identity or nationality documents',
  },
  documentType: {
    passport: 'passport',
    identity_card: 'identity card',
    temporary_identity_card: 'temporary identity card',
    military_id: 'military identity document',
    seaman_book: "seaman's book",
    citizenship_certificate: 'certificate of citizenship',
    laissez_passer: 'laissez-passer',
    driving_licence: 'driving licence',
    birth_certificate: 'birth certificate',
    service_book: 'service book',
    witness_statement: 'witness statement',
    personal_statement: 'personal statement',
    language_test: 'language test',
    fingerprint_record: 'fingerprint record',
    other: 'other document',
  },
  offenceCategory: {
    terrorism: 'terrorism',
    war_crimes: 'war crimes',
    violent: 'violent offence',
    sexual: 'sexual offence',
    drugs: 'drug offence',
    property: 'property offence',
    other: 'other offence',
  },
  periodUnit: {
    calendar_days: 'calendar days',
    calendar_day: 'calendar day',
    working_days: 'working days',
    working_day: 'working day',
    weeks: 'weeks',
    week: 'week',
    months: 'months',
    month: 'month',
    years: 'years',
    year: 'year',
  },
  inputProblem: {
    invalid_type: 'it is missing or of the wrong kind',
    too_small: 'it is too short or too small',
    too_big: 'it is too long or too large',
    invalid_format: 'its format is not valid',
    invalid_value: 'it is not one of the allowed values',
    other: 'it is not valid',
  },
  transferBasis: {
    ETS_112: 'ETS 112 (with consent)',
    ETS_167_ART_2: 'ETS 167 Art. 2 (the person fled to the state of nationality)',
    ETS_167_ART_3: 'ETS 167 Art. 3 (expulsion order)',
    BE_AL_2010: 'the Belgium–Albania agreement of 2010',
    BE_XK_2010: 'the Belgium–Kosovo convention of 2010',
    BE_BR_2009: 'the Belgium–Brazil convention of 2009',
    FD_2008_909: 'Framework Decision 2008/909/JHA',
  },
  // A discreet marker next to a legal value or date not confirmed in the primary text (its explanation: `marker.unverified.explanation`).
  marker: { unverified: 'unverified' },
  // Each instrument's title, from reference data (shared/reference/instrumentTitles.ts): each language shows its own title.
  instrument: englishInstrumentTitles(),
};
