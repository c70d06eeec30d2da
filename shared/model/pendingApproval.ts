import { z } from 'zod';
import { ActorSchema } from './actor';
import { NoteSchema, TimestampSchema, recordMetaShape } from './primitives';
import { StageSchema } from './stage';

/**
 * The conditions of the proposed action as the workflow checked them when it was proposed:
 * the stage, each guard of the action by its id, and the proposed input. The supervisor
 * compares them with the conditions now. Absent on proposals recorded before it was kept.
 */
export const ProposalConditionsSchema = z
  .object({
    stage: StageSchema,
    checked: z.array(z.object({ id: z.string().min(1).max(100), met: z.boolean() })).max(50),
  })
  .meta({ id: 'ProposalConditions' });
export type ProposalConditions = z.infer<typeof ProposalConditionsSchema>;

/**
 * A four-eyes action waiting for a supervisor other than the proposer. The proposed input
 * is kept as plain JSON so the approving supervisor sees exactly what was proposed and the
 * workflow can perform it on approval.
 */
export const PendingApprovalSchema = z
  .object({
    ...recordMetaShape,
    actionId: z.string().min(1).max(100),
    input: z.record(z.string(), z.unknown()),
    proposedBy: ActorSchema,
    proposedAt: TimestampSchema,
    status: z.enum(['pending', 'approved', 'rejected', 'withdrawn']),
    decidedBy: ActorSchema.optional(),
    decidedAt: TimestampSchema.optional(),
    /** Required when rejecting: the proposer must know what to fix. */
    decisionReason: NoteSchema.optional(),
    conditionsAtProposal: ProposalConditionsSchema.optional(),
  })
  .meta({ id: 'PendingApproval' });
export type PendingApproval = z.infer<typeof PendingApprovalSchema>;
