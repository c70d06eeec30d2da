import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LocalisedDates } from '../../ui/LocalisedDates';
import { actionInput, inputFieldsOf } from './actionInputFields';
import { ActionInputFieldView } from './ActionInputFieldView';
import type { ActionRunState } from './useWorkflowAction';
import { useUnmetText, useUserErrorText } from '../../ui/useUserErrorText';

interface ActionDialogProps {
  actionId: string | undefined;
  /** Known to the panel: the readmission request or approval the action concerns. */
  context?: Record<string, unknown>;
  /** Values proposed in the form (the caseworker may change them). */
  defaults?: Record<string, unknown>;
  needsFourEyes: boolean;
  state: ActionRunState;
  onRun: (actionId: string, input: Record<string, unknown>) => Promise<boolean>;
  onClose: () => void;
}

/**
 * Asks for what an action needs, then runs it. The workflow checks the input; whatever it
 * refuses is listed here in its words, and the dialog stays open so nothing typed is lost.
 */
export function ActionDialog({ actionId, context, defaults, needsFourEyes, state, onRun, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  const unmetText = useUnmetText();
  const errorText = useUserErrorText();
  const fields = actionId ? inputFieldsOf(actionId) : [];
  // Recomputed only when another action opens, so that what the caseworker typed is kept.
  const values = useMemo(
    () => ({ ...Object.fromEntries((actionId ? inputFieldsOf(actionId) : []).filter((field) => field.kind === 'boolean').map((field) => [field.name, false])), ...defaults }),
    [actionId, defaults],
  );
  const form = useForm<Record<string, unknown>>({ values, resetOptions: { keepDirtyValues: true } });
  const running = state.kind === 'running';
  const submit = form.handleSubmit(async (values) => {
    if (!actionId) return;
    if (await onRun(actionId, actionInput(fields, values, context))) {
      form.reset();
      onClose();
    }
  });
  return (
    <Modal opened={actionId !== undefined} onClose={onClose} title={actionId ? t(`caseFile.actions.${actionId}`) : ''} size="lg" trapFocus returnFocus>
      <LocalisedDates>
        <FormProvider {...form}>
          <form noValidate onSubmit={(event) => void submit(event)} aria-label={actionId ? t(`caseFile.actions.${actionId}`) : undefined}>
            <Stack gap="sm">
              {needsFourEyes && <Text size="sm">{t('caseFile.workflow.fourEyesNote')}</Text>}
              {fields.length === 0 && <Text size="sm">{t('caseFile.workflow.confirm')}</Text>}
              {fields.map((field) => (
                <ActionInputFieldView key={field.name} field={field} />
              ))}
              {state.kind === 'refused' && state.actionId === actionId && (
                <Alert color="red" role="alert" title={t('caseFile.workflow.refused')}>
                  <List size="sm">
                    {state.unmet.map((condition) => (
                      <List.Item key={condition.id}>{unmetText(condition)}</List.Item>
                    ))}
                  </List>
                </Alert>
              )}
              {state.kind === 'failed' && state.actionId === actionId && (
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
      </LocalisedDates>
    </Modal>
  );
}
