import type { z } from 'zod';
import { inputField, term, termMessages, type InputProblem, type MessageParam } from '../explanations';
import { isBlank, valueAt, type ActionInputField } from './actionInputs';
import { say, unmet } from './guards/condition';
import type { UnmetCondition } from './types';

/**
 * A field named as the caseworker sees it: by its label (a term the renderer translates);
 * a path that is no field of the dialog (an entry of a list of facts) keeps its path.
 */
function fieldParam(fields: readonly ActionInputField[], path: string): MessageParam {
  const field = fields.find((candidate) => candidate.name === path);
  return field === undefined ? path : inputField(field.labelKey);
}

/** A field left blank that must be given. */
export function missingField(fields: readonly ActionInputField[], path: string, legalBasis: string): UnmetCondition {
  return unmet(`input_${path}`, say('unmet.input_missing', { field: fieldParam(fields, path) }), legalBasis);
}

/** Turns zod's issues on an action's input into conditions a caseworker can act on, each naming its field by its label. */
export function inputIssues(error: z.ZodError, input: unknown, fields: readonly ActionInputField[], legalBasis: string): UnmetCondition[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || 'input';
    if (issue.code === 'invalid_type' && isBlank(valueAt(input, path))) return missingField(fields, path, legalBasis);
    const problem: InputProblem = issue.code in termMessages.inputProblem ? (issue.code as InputProblem) : 'other';
    return unmet(`input_${path}`, say('unmet.input_invalid', { field: fieldParam(fields, path), problem: term('inputProblem', problem) }), legalBasis);
  });
}
