import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { FormProvider, get, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CaseFile, IsoDate } from '../../../../shared/model';
import { actionWarnings, caseActionById, isRequiredFor, type ActionInputField, type RegisteredAction } from '../../../../shared/workflow';
import { useExplanation } from '../../i18n/useExplanation';
import { useFormats } from '../../ui/format/useFormats';
import { LocalisedDates } from '../../ui/LocalisedDates';
import { decodeValidationMessage } from '../../ui/form/validationMessage';
import { useUnmetText, useUserErrorText } from '../../ui/useUserErrorText';
import { actionResolver, dialogFields, initialValues, type ActionValues } from './actionForm';
import { ActionInputFieldView } from './ActionInputFieldView';
import type { ActionRunState } from './useWorkflowAction';

interface ActionDialogProps {
  actionId: string | undefined;
  /** Known to the panel: the readmission request or approval the action concerns. */
  context?: ActionValues;
  /** Values proposed in the form (the caseworker may change them). */
  defaults?: ActionValues;
  needsFourEyes: boolean;
  state: ActionRunState;
  onRun: (actionId: string, input: ActionValues) => Promise<boolean>;
  onClose: () => void;
  /** Once the dialog has gone (its closing transition ended): where focus goes next is the page's to say. */
  onClosed?: () => void;
  /**
   * Whether closing gives focus back to the button that opened the dialog (the default: a
   * cancelled step). False once a step has saved, so the dialog's own return of focus (10 ms
   * after closing) never takes it from where `onClosed` put it.
   */
  returnFocus?: boolean;
  /** The case and the office's date: the dialog warns (shared/workflow/actionWarnings.ts) before the caseworker confirms. */
  caseFile?: CaseFile;
  today?: IsoDate;
}

/**
 * Asks for what an action needs, then runs it. The form is generated from the action's
 * own input description and checked with its own schema; whatever the workflow still
 * refuses is listed in its words, and the dialog stays open so nothing typed is lost.
 */
export function ActionDialog({
  actionId,
  context,
  defaults,
  needsFourEyes,
  state,
  onRun,
  onClose,
  onClosed,
  returnFocus = true,
  caseFile,
  today,
}: ActionDialogProps) {
  const { t } = useTranslation();
  const action = actionId === undefined ? undefined : caseActionById(actionId);
  const title = action ? t(`caseFile.actions.${action.id}`) : '';
  return (
    <Modal opened={action !== undefined} onClose={onClose} onExitTransitionEnd={onClosed} title={title} size="lg" trapFocus returnFocus={returnFocus}>
      {action && (
        <LocalisedDates>
          {/* Keyed by the action: another action starts from its own empty form. */}
          <ActionForm
            key={action.id}
            action={action}
            context={context}
            defaults={defaults}
            needsFourEyes={needsFourEyes}
            state={state}
            onRun={onRun}
            onClose={onClose}
            caseFile={caseFile}
            today={today}
          />
        </LocalisedDates>
      )}
    </Modal>
  );
}

interface ActionFormProps extends Omit<ActionDialogProps, 'actionId'> {
  action: Pick<RegisteredAction, 'id' | 'inputSchema' | 'inputFields'>;
}

/** The dialog's form for one action: its fields, what is wrong with them, and the workflow's refusal. */
export function ActionForm({ action, context, defaults, needsFourEyes, state, onRun, onClose, caseFile, today }: ActionFormProps) {
  const { t } = useTranslation();
  const unmetText = useUnmetText();
  const errorText = useUserErrorText();
  const fields = dialogFields(action.inputFields);
  // Recomputed only when the proposed values change, so that what the caseworker typed is kept.
  const values = useMemo(() => initialValues(action.inputFields, defaults), [action, defaults]);
  const resolver = useMemo(() => actionResolver(action, context), [action, context]);
  const form = useForm<ActionValues, unknown, ActionValues>({ values, resolver, resetOptions: { keepDirtyValues: true } });
  const typed = useWatch({ control: form.control });
  const running = state.kind === 'running';
  const label = t(`caseFile.actions.${action.id}`);
  // The resolver hands over the action's input as its schema parsed it.
  const submit = form.handleSubmit(async (input) => {
    if (await onRun(action.id, input)) {
      form.reset();
      onClose();
    }
  });
  const invalid = fieldErrors(action.inputFields, form.formState.errors);
  const warnings = caseFile === undefined || today === undefined ? [] : actionWarnings(action.id, caseFile, today, typed);
  const explain = useExplanation();
  const formats = useFormats();
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(event) => void submit(event)} aria-label={label}>
        <Stack gap="sm">
          {needsFourEyes && <Text size="sm">{t('caseFile.workflow.fourEyesNote')}</Text>}
          {fields.length === 0 && <Text size="sm">{t('caseFile.workflow.confirm')}</Text>}
          {fields.map((field) => (
            <ActionInputFieldView key={field.name} field={field} required={isRequiredFor(field, typed)} />
          ))}
          {warnings.length > 0 && (
            // A note, not an alert: it is there when the dialog opens and refuses nothing.
            <Alert color="yellow" role="note" title={t('caseFile.workflow.warningsTitle')} data-testid="action-warnings">
              <Stack gap={4}>
                {warnings.map((warning) => (
                  <div key={warning.id} data-testid={`action-warning-${warning.id}`}>
                    <Text size="sm">{explain({ messageKey: warning.message.key, params: warning.message.params, text: warning.message.text })}</Text>
                    {warning.deadlines && (
                      <List size="sm">
                        {warning.deadlines.map((deadline) => (
                          <List.Item key={deadline.id}>
                            {t('caseFile.workflow.warningDeadline', {
                              deadline: t(`caseFile.${deadline.labelKey}`, { defaultValue: deadline.label }),
                              date: formats.date(deadline.dueDate),
                            })}
                          </List.Item>
                        ))}
                      </List>
                    )}
                  </div>
                ))}
              </Stack>
            </Alert>
          )}
          {invalid.length > 0 && (
            <Alert color="red" role="alert" title={t('caseFile.workflow.invalid')} data-testid="action-input-errors">
              <List size="sm">
                {invalid.map(({ field, message }) => (
                  <List.Item key={field.name}>
                    {t('caseFile.workflow.fieldError', { field: t(field.labelKey), message: t(message.key, message.values ?? {}) })}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {state.kind === 'refused' && state.actionId === action.id && (
            <Alert color="red" role="alert" title={t('caseFile.workflow.refused')}>
              <List size="sm">
                {state.unmet.map((condition) => (
                  <List.Item key={condition.id}>{unmetText(condition)}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {state.kind === 'failed' && state.actionId === action.id && (
            <Alert color="red" role="alert">
              {errorText(state.message)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={running}>
              {t('caseFile.workflow.cancel')}
            </Button>
            <Button type="submit" loading={running}>
              {needsFourEyes ? t('caseFile.workflow.propose') : t('caseFile.workflow.run')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}

/** Each field the form refuses, with its message, in the order of the form (fields from the screen included). */
function fieldErrors(fields: readonly ActionInputField[], errors: FieldErrors<ActionValues>) {
  return fields.flatMap((field) => {
    const error: unknown = get(errors, field.name);
    if (typeof error !== 'object' || error === null) return [];
    const message: unknown = Reflect.get(error, 'message');
    const type: unknown = Reflect.get(error, 'type');
    return [{ field, message: decodeValidationMessage(typeof message === 'string' ? message : undefined, typeof type === 'string' ? type : undefined) }];
  });
}
