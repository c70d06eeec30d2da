import type { z } from 'zod';
import { term, termMessages, type InputProblem } from '../explanations';
import { rolesGranted, type RecordMeta } from '../model';
import { say, unmet } from './guards/condition';
import type { ActionContext, ActionDefinition, GuardContext, RegisteredAction, UnmetCondition } from './types';

/** Turns zod's issues on an action's input into conditions a caseworker can act on. */
function inputIssues(error: z.ZodError, legalBasis: string): UnmetCondition[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || 'input';
    const problem: InputProblem = issue.code in termMessages.inputProblem ? (issue.code as InputProblem) : 'other';
    return unmet(`input_${field}`, say('unmet.input_invalid', { field, problem: term('inputProblem', problem) }), legalBasis);
  });
}

/** Registers an action: keeps its typed input inside, exposes the erased form the registry holds. */
export function defineAction<Input extends Record<string, unknown>>(definition: ActionDefinition<Input>): RegisteredAction {
  const contextFor = (context: GuardContext, input: Input, newId: (purpose: string) => string): ActionContext<Input> => ({ ...context, input, newId });
  return {
    id: definition.id,
    labelKey: definition.labelKey,
    fromStages: definition.fromStages,
    permission: definition.permission,
    requiredRoles: rolesGranted(definition.permission),
    needsFourEyes: definition.needsFourEyes,
    legalBasis: definition.legalBasis,
    guards: definition.guards,
    checkInput: (context, input, newId) => {
      const parsed = definition.inputSchema.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, unmet: inputIssues(parsed.error, definition.legalBasis) };
      const actionContext = contextFor(context, parsed.data, newId);
      const unmet = definition.inputGuards.flatMap((guard) => guard.check(actionContext));
      return unmet.length > 0 ? { ok: false, unmet } : { ok: true, input: parsed.data };
    },
    perform: (context, input, newId) => {
      // The runner only calls perform with input that checkInput accepted.
      const parsed = definition.inputSchema.parse(input ?? {});
      return definition.perform(contextFor(context, parsed, newId));
    },
  };
}

/** Meta for a record created by an action. */
export function newRecordMeta(context: ActionContext<unknown>, purpose: string): RecordMeta {
  const at = context.now.toISOString();
  return { id: context.newId(purpose), createdAt: at, updatedAt: at, updatedBy: context.actor.userId, version: 1 };
}

/** A changed record: new version, who and when. */
export function touched<T extends RecordMeta>(record: T, context: ActionContext<unknown>): T {
  return { ...record, updatedAt: context.now.toISOString(), updatedBy: context.actor.userId, version: record.version + 1 };
}
