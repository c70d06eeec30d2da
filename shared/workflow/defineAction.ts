import { rolesGranted, type RecordMeta } from '../model';
import { actionInputFields, missingConditionalFields } from './actionInputs';
import { inputIssues, missingField } from './actionInputIssues';
import type { ActionContext, ActionDefinition, GuardContext, RegisteredAction } from './types';

/** Registers an action: keeps its typed input inside, exposes the erased form the registry holds. */
export function defineAction<Input extends Record<string, unknown>>(definition: ActionDefinition<Input>): RegisteredAction {
  const contextFor = (context: GuardContext, input: Input, newId: (purpose: string) => string): ActionContext<Input> => ({ ...context, input, newId });
  const inputFields = actionInputFields(definition.inputSchema);
  return {
    id: definition.id,
    labelKey: definition.labelKey,
    fromStages: definition.fromStages,
    permission: definition.permission,
    requiredRoles: rolesGranted(definition.permission),
    needsFourEyes: definition.needsFourEyes,
    legalBasis: definition.legalBasis,
    guards: definition.guards,
    inputSchema: definition.inputSchema,
    inputFields,
    checkInput: (context, input, newId) => {
      const given = input ?? {};
      const parsed = definition.inputSchema.safeParse(given);
      if (!parsed.success) return { ok: false, unmet: inputIssues(parsed.error, given, inputFields, definition.legalBasis) };
      const actionContext = contextFor(context, parsed.data, newId);
      const unmet = definition.inputGuards.flatMap((guard) => guard.check(actionContext));
      if (unmet.length > 0) return { ok: false, unmet };
      // The input guards name a conditional field with its legal basis; should none do, the field's own rule still holds.
      const missing = missingConditionalFields(inputFields, parsed.data);
      return missing.length > 0
        ? { ok: false, unmet: missing.map((field) => missingField(inputFields, field.name, definition.legalBasis)) }
        : { ok: true, input: parsed.data };
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
