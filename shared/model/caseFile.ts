import { z } from 'zod';
import { AppealSchema } from './appeal';
import { CustodySchema } from './custody';
import { DecisionSchema, SuspensionReasonSchema } from './decision';
import { DetentionPeriodSchema } from './detentionPeriod';
import { IdentityDocumentSchema } from './document';
import { DublinRequestSchema } from './dublinRequest';
import { FamilyLinkSchema } from './familyLink';
import { IdentitySchema } from './identity';
import { FitnessToTravelSchema } from './medicalAssessment';
import { NationalitySchema } from './nationality';
import { NonRefoulementAssessmentSchema } from './nonRefoulement';
import { PendingApprovalSchema } from './pendingApproval';
import { PersonSchema } from './person';
import { IsoDateSchema, NoteSchema, UserIdSchema, recordMetaShape } from './primitives';
import { ReadmissionRequestSchema } from './readmissionRequest';
import { ResidencyStatusSchema } from './residencyStatus';
import { ReturnOperationSchema } from './returnOperation';
import { SentenceTransferSchema } from './sentenceTransfer';
import { CasePrioritySchema, ClosureReasonSchema, ReturnRouteSchema, StageSchema } from './stage';
import { TransitRequestSchema } from './transitRequest';
import { VulnerabilitySchema } from './vulnerability';

/**
 * Human-readable case reference: series, year opened, six-digit sequence. Real cases are
 * numbered RC-2026-000123; demo cases of the training workspace TRN-2026-000123, a series of
 * their own that can never be taken for a real number (caseReference.ts).
 */
export const CaseReferenceSchema = z
  .string()
  .regex(/^(RC|TRN)-\d{4}-\d{6}$/, 'A case reference looks like RC-2026-000123 (training: TRN-2026-000123)')
  .meta({ id: 'CaseReference' });
export type CaseReference = z.infer<typeof CaseReferenceSchema>;

/** Why a case is suspended, and since when (the stage to resume is `CaseFile.resumeStage`). */
export const CaseSuspensionSchema = z
  .object({
    reason: SuspensionReasonSchema,
    since: IsoDateSchema,
    note: NoteSchema.optional(),
  })
  .meta({ id: 'CaseSuspension' });
export type CaseSuspension = z.infer<typeof CaseSuspensionSchema>;

/**
 * One return or readmission case: the person and everything the office knows and decided.
 * Histories are arrays (nothing is overwritten); the current value is the latest record.
 */
export const CaseFileSchema = z
  .object({
    ...recordMetaShape,
    reference: CaseReferenceSchema,
    /** Office code, e.g. BRU (Brussels head office) or a regional office. */
    office: z.string().min(1).max(50),
    assigneeId: UserIdSchema.optional(),
    stage: StageSchema,
    /** The stage to return to when leaving SUSPENDED or ABSCONDED. */
    resumeStage: StageSchema.optional(),
    suspension: CaseSuspensionSchema.optional(),
    abscondedSince: IsoDateSchema.optional(),
    route: ReturnRouteSchema,
    priority: CasePrioritySchema,
    openedOn: IsoDateSchema,
    closedOn: IsoDateSchema.optional(),
    closureReason: ClosureReasonSchema.optional(),
    /** Demo data for training: kept in a separate database and never counted in statistics. */
    training: z.boolean(),
    person: PersonSchema,
    identities: z.array(IdentitySchema),
    nationalities: z.array(NationalitySchema),
    documents: z.array(IdentityDocumentSchema),
    residencyHistory: z.array(ResidencyStatusSchema),
    custody: CustodySchema.optional(),
    sentenceTransfers: z.array(SentenceTransferSchema),
    familyLinks: z.array(FamilyLinkSchema),
    vulnerabilities: z.array(VulnerabilitySchema),
    fitnessAssessments: z.array(FitnessToTravelSchema),
    nonRefoulementAssessments: z.array(NonRefoulementAssessmentSchema),
    decisions: z.array(DecisionSchema),
    appeals: z.array(AppealSchema),
    detentionPeriods: z.array(DetentionPeriodSchema),
    readmissionRequests: z.array(ReadmissionRequestSchema),
    transitRequests: z.array(TransitRequestSchema),
    dublinRequests: z.array(DublinRequestSchema),
    returnOperation: ReturnOperationSchema.optional(),
    pendingApprovals: z.array(PendingApprovalSchema),
  })
  .meta({ id: 'CaseFile' });
export type CaseFile = z.infer<typeof CaseFileSchema>;
