import { emptyIntake } from '../../ui/caseFacts/intakeDefaults';
import type { IntakeFormInput } from '../../ui/caseFacts/intakeSchema';
import { intakeSteps } from '../../ui/caseFacts/intakeSteps';

/**
 * A stored draft's values laid over an empty intake, step by step, so that a draft missing
 * a step (an older layout) still opens; values are validated again when the step is left.
 */
export function intakeFromDraft(values: Record<string, unknown>): IntakeFormInput {
  const empty = emptyIntake();
  const merged: Record<string, unknown> = { ...empty };
  for (const step of intakeSteps) {
    const stored = values[step];
    if (typeof stored === 'object' && stored !== null && !Array.isArray(stored)) merged[step] = { ...empty[step], ...stored };
  }
  return merged as IntakeFormInput;
}

/** Has the caseworker typed anything worth offering back? */
export function draftHasContent(values: IntakeFormInput): boolean {
  return JSON.stringify(values) !== JSON.stringify(emptyIntake());
}
