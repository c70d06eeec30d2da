import type { Resolver } from 'react-hook-form';
import { z } from 'zod';
import { isBlank, missingConditionalFields, valueAt, type ActionInputField, type RegisteredAction } from '../../../../shared/workflow';
import { localisedZodResolver } from '../../ui/form/localisedZodResolver';
import { encodeValidationMessage } from '../../ui/form/validationMessage';

/**
 * The action dialog's form, generated from the action's own input description
 * (`RegisteredAction.inputFields`, read from its zod schema): what it shows, the values it
 * starts from, the input it sends and how it validates, all without knowing any action.
 */
export type ActionValues = Record<string, unknown>;

/** Fields the caseworker fills in; a `record` (the request, the approval) comes from the screen the action starts from. */
export function dialogFields(fields: readonly ActionInputField[]): ActionInputField[] {
  return fields.filter((field) => field.kind !== 'record');
}

function setAt(target: ActionValues, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() ?? path;
  let node = target;
  for (const key of keys) {
    const next = node[key];
    const child: ActionValues = typeof next === 'object' && next !== null && !Array.isArray(next) ? { ...(next as ActionValues) } : {};
    node[key] = child;
    node = child;
  }
  node[last] = value;
}

/** Where the form starts: unticked boxes, the schema's defaults, then what the screen proposes. */
export function initialValues(fields: readonly ActionInputField[], defaults: Readonly<ActionValues> = {}): ActionValues {
  const values: ActionValues = {};
  for (const field of dialogFields(fields)) {
    const proposed = valueAt(defaults, field.name);
    const value = proposed ?? field.defaultValue ?? (field.kind === 'boolean' ? false : undefined);
    if (value !== undefined) setAt(values, field.name, value);
  }
  return values;
}

/**
 * The input the workflow receives: blank answers left out, whole numbers as numbers, local
 * date-times as ISO instants, nested fields as nested records, plus what the screen knows.
 */
export function actionInput(fields: readonly ActionInputField[], values: Readonly<ActionValues>, context: Readonly<ActionValues> = {}): ActionValues {
  const input: ActionValues = { ...context };
  for (const field of dialogFields(fields)) {
    const value = valueAt(values, field.name);
    if (isBlank(value)) continue;
    if (field.kind === 'integer') {
      const number = typeof value === 'number' ? value : Number(value);
      setAt(input, field.name, Number.isFinite(number) ? number : value);
    } else if (field.kind === 'timestamp' && typeof value === 'string') {
      const instant = new Date(value);
      setAt(input, field.name, Number.isNaN(instant.getTime()) ? value : instant.toISOString());
    } else {
      setAt(input, field.name, value);
    }
  }
  return input;
}

/**
 * Validates the form with the action's own schema (the one the workflow checks), after
 * turning the form's values into the action's input; a field required by another's value
 * (a refusal's reasons) is required here too. Messages are the form kit's i18n keys; the
 * values it passes on are the action's parsed input (what `onRun` sends to the workflow).
 */
export function actionResolver(
  action: Pick<RegisteredAction, 'inputSchema' | 'inputFields'>,
  context: Readonly<ActionValues> = {},
): Resolver<ActionValues, unknown, ActionValues> {
  const schema = z
    .record(z.string(), z.unknown())
    .transform((values) => actionInput(action.inputFields, values, context))
    .pipe(
      action.inputSchema.superRefine((input, issues) => {
        for (const field of missingConditionalFields(action.inputFields, input)) {
          issues.addIssue({ code: 'custom', path: field.name.split('.'), message: encodeValidationMessage({ key: 'intake.validation.required' }) });
        }
      }),
    );
  return localisedZodResolver(schema);
}
