import type { IntakeStepId } from './intakeSchema';

/** The stepper's order: who the person is, then what establishes it, then their situation. */
export const intakeSteps: readonly IntakeStepId[] = ['identity', 'nationality', 'documents', 'residency', 'custody', 'family'];

export function stepTitleKey(step: IntakeStepId): string {
  return `intake.steps.${step}.title`;
}

export function stepDescriptionKey(step: IntakeStepId): string {
  return `intake.steps.${step}.description`;
}

/** Keeps a stored step index within the stepper (a draft from an older layout may point past it). */
export function clampStep(step: number): number {
  return Math.min(Math.max(0, Math.trunc(step)), intakeSteps.length - 1);
}
