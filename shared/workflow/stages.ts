import type { Stage } from '../model';

/** Cross-cutting stages a case can enter from many others; SUSPENDED and ABSCONDED remember where to resume. */
export const crossCuttingStages: readonly Stage[] = ['SUSPENDED', 'ABSCONDED', 'RELEASED_MAX_DETENTION'];

/** Stages that end a branch: the next step is closing the case. */
export const outcomeStages: readonly Stage[] = ['LEGAL_STAY', 'DUBLIN_TRANSFERRED', 'TST_TRANSFERRED', 'DEPARTED_VOLUNTARILY', 'REMOVED'];

/** Stages in which the person can still abscond or the case be suspended. */
export const activeStages: readonly Stage[] = [
  'INTAKE',
  'IDENTIFICATION',
  'STATUS_ASSESSMENT',
  'DUBLIN',
  'IN_CUSTODY',
  'TST_ASSESSMENT',
  'TST_REQUESTED',
  'TST_REFUSED',
  'RETURN_DECISION',
  'VOLUNTARY_PREP',
  'FORCED_PREP',
  'DETAINED',
  'REMOVAL_SCHEDULED',
  'RELEASED_MAX_DETENTION',
];

export function isClosed(stage: Stage): boolean {
  return stage === 'CLOSED';
}
