import { z } from 'zod';

/**
 * Where a case stands in the return procedure (domain.md §5(b)). The transitions between
 * stages and their guards live in shared/workflow; the names live here because the case
 * file stores them.
 *
 * SUSPENDED, ABSCONDED and RELEASED_MAX_DETENTION are cross-cutting: a case can enter them
 * from several stages, and SUSPENDED / ABSCONDED remember the stage to return to in
 * `CaseFile.resumeStage`.
 */
export const StageSchema = z
  .enum([
    'INTAKE',
    'IDENTIFICATION',
    'STATUS_ASSESSMENT',
    'LEGAL_STAY',
    'DUBLIN',
    'DUBLIN_TRANSFERRED',
    'IN_CUSTODY',
    'TST_ASSESSMENT',
    'TST_REQUESTED',
    'TST_TRANSFERRED',
    'TST_REFUSED',
    'RETURN_DECISION',
    'VOLUNTARY_PREP',
    'DEPARTED_VOLUNTARILY',
    'FORCED_PREP',
    'DETAINED',
    'REMOVAL_SCHEDULED',
    'REMOVED',
    'SUSPENDED',
    'ABSCONDED',
    'RELEASED_MAX_DETENTION',
    'CLOSED',
  ])
  .meta({ id: 'Stage' });
export type Stage = z.infer<typeof StageSchema>;

/** Why a case was closed: the outcome the statistics count. */
export const ClosureReasonSchema = z
  .enum([
    'regularised',
    'departed_voluntarily',
    'removed',
    'dublin_transferred',
    'sentence_transferred',
    'dublin_expired',
    'deceased',
    'left_unverified',
    'duplicate',
    'other',
  ])
  .meta({ id: 'ClosureReason' });
export type ClosureReason = z.infer<typeof ClosureReasonSchema>;

/** Which return route the case follows once assessed. */
export const ReturnRouteSchema = z
  .enum(['undetermined', 'voluntary', 'forced', 'readmission', 'dublin', 'protection_member_state', 'sentence_transfer', 'legal_stay'])
  .meta({ id: 'ReturnRoute' });
export type ReturnRoute = z.infer<typeof ReturnRouteSchema>;

export const CasePrioritySchema = z.enum(['low', 'normal', 'high', 'urgent']).meta({ id: 'CasePriority' });
export type CasePriority = z.infer<typeof CasePrioritySchema>;
