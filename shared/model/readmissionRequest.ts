import { z } from 'zod';
import { CountryCodeSchema, IsoDateSchema, NoteSchema, UuidSchema, recordMetaShape } from './primitives';

/**
 * The readmission request's own life cycle (domain.md §5(b)):
 * DRAFT → SENT → ACCEPTED | DEEMED_ACCEPTED | REJECTED | INFO_REQUESTED (→ SENT again)
 * → TD_ISSUED → EXECUTED | TRANSFER_WINDOW_EXPIRED. WITHDRAWN ends a request the office
 * no longer pursues.
 */
export const ReadmissionStatusSchema = z
  .enum(['DRAFT', 'SENT', 'ACCEPTED', 'DEEMED_ACCEPTED', 'REJECTED', 'INFO_REQUESTED', 'TD_ISSUED', 'EXECUTED', 'TRANSFER_WINDOW_EXPIRED', 'WITHDRAWN'])
  .meta({ id: 'ReadmissionStatus' });
export type ReadmissionStatus = z.infer<typeof ReadmissionStatusSchema>;

/** Whom the request concerns: agreements treat own nationals and third-country nationals differently (EU–Albania RA Arts. 2–3, 10). */
export const ReadmissionSubjectSchema = z.enum(['own_national', 'third_country_national', 'stateless_person']).meta({ id: 'ReadmissionSubject' });
export type ReadmissionSubject = z.infer<typeof ReadmissionSubjectSchema>;

/** What the Benelux protocol expects with a request (Dutch practice, domain.md §2). */
export const ReadmissionAttachmentsSchema = z
  .object({
    requestForm: z.boolean(),
    photo: z.boolean(),
    fingerprints: z.boolean(),
    documentCopies: z.boolean(),
  })
  .meta({ id: 'ReadmissionAttachments' });
export type ReadmissionAttachments = z.infer<typeof ReadmissionAttachmentsSchema>;

/** The travel document issued by the requested state (a laissez-passer is usually valid 6 months). */
export const TravelDocumentSchema = z
  .object({
    kind: z.enum(['laissez_passer', 'passport', 'eu_travel_document', 'other']),
    number: z.string().min(1).max(100),
    issuer: z.string().min(1).max(200),
    issuedOn: IsoDateSchema,
    validUntil: IsoDateSchema,
  })
  .meta({ id: 'TravelDocument' });
export type TravelDocument = z.infer<typeof TravelDocumentSchema>;

/**
 * A legal or practical obstacle, recorded with its dates: on an accepted request it extends
 * the transfer period while it lasts (EU–Albania RA Art. 10(3)); before sending, it extends
 * the one-year limit for a third-country national request (Art. 10(1)).
 */
export const TransferObstacleSchema = z
  .object({
    description: NoteSchema,
    from: IsoDateSchema,
    to: IsoDateSchema.optional(),
  })
  .meta({ id: 'TransferObstacle' });
export type TransferObstacle = z.infer<typeof TransferObstacleSchema>;

export const ReadmissionReplySchema = z
  .object({
    outcome: z.enum(['accepted', 'rejected', 'info_requested']),
    receivedOn: IsoDateSchema,
    /** A refusal must give reasons (EU–Albania RA Art. 10(1)). */
    reasons: NoteSchema.optional(),
    reference: z.string().min(1).max(100).optional(),
  })
  .meta({ id: 'ReadmissionReply' });
export type ReadmissionReply = z.infer<typeof ReadmissionReplySchema>;

export const ReadmissionRequestSchema = z
  .object({
    ...recordMetaShape,
    /** Id of the agreement in shared/reference (e.g. the EU–Albania agreement, the Benelux–Kosovo agreement). */
    agreementId: z.string().min(1).max(100),
    requestedState: CountryCodeSchema,
    subject: ReadmissionSubjectSchema,
    procedure: z.enum(['standard', 'accelerated']),
    status: ReadmissionStatusSchema,
    /** The latest dispatch; a resend after INFO_REQUESTED replaces it and `sendCount` grows. */
    sentOn: IsoDateSchema.optional(),
    /** Receipt by the requested state starts the reply period. */
    receivedOn: IsoDateSchema.optional(),
    sendCount: z.int().min(0),
    reply: ReadmissionReplySchema.optional(),
    /** Set when silence past the reply deadline counts as acceptance (EU–Albania RA Art. 10(2)). */
    deemedAcceptedOn: IsoDateSchema.optional(),
    evidenceDocumentIds: z.array(UuidSchema),
    attachments: ReadmissionAttachmentsSchema,
    travelDocument: TravelDocumentSchema.optional(),
    transferObstacles: z.array(TransferObstacleSchema),
    /** Obstacles that prevented a timely request for a third-country national: the one-year limit runs on while they last (EU–Albania RA Art. 10(1)). */
    requestObstacles: z.array(TransferObstacleSchema).optional(),
    executedOn: IsoDateSchema.optional(),
    closedOn: IsoDateSchema.optional(),
  })
  .meta({ id: 'ReadmissionRequest' });
export type ReadmissionRequest = z.infer<typeof ReadmissionRequestSchema>;
