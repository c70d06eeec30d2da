import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../../../shared/model';
import type { CaseFactSection } from '../../../../../shared/workflow/actions/caseFactSections';
import { TextField } from '../../../ui/form/fields/TextField';
import { localisedZodResolver } from '../../../ui/form/localisedZodResolver';
import { stepDescriptionKey, stepTitleKey } from '../../../ui/caseFacts/intakeSteps';
import { IntakeStepContent } from '../../../ui/caseFacts/IntakeStepContent';
import { blankTextFields } from '../../../ui/caseFacts/intakeSchema';
import { useFormats } from '../../../ui/format/useFormats';
import { encodeValidationMessage } from '../../../ui/form/validationMessage';
import type { CaseworkSession } from '../../../store/useCaseworkSession';
import { useUnmetText, useUserErrorText } from '../../../ui/useUserErrorText';
import { DiscardChangesDialog } from './DiscardChangesDialog';
import { MergeConflicts } from './MergeConflicts';
import { anyFieldChanged } from './discardGuard';
import { SectionFormSchema, amendmentInput, sectionFormValues, type SectionFormInput, type SectionFormValues } from './sectionForm';
import { useDiscardGuard } from './useDiscardGuard';
import { useConflictMerge } from './useConflictMerge';
import { useSectionAmendment } from './useSectionAmendment';

const resolver = localisedZodResolver(SectionFormSchema, { blankAllowed: blankTextFields });
const reasonField = 'amendmentReason';

interface SectionEditorProps {
  caseFile: CaseFile;
  section: CaseFactSection;
  session: CaseworkSession;
  onClose: (saved: boolean) => void;
}

/**
 * One part of the case facts in the intake's own form, saved as an amendment. Focus moves
 * to the form's heading when it opens; a refusal is listed in the user's language, a
 * missing reason is marked on the reason field, a conflict keeps what was typed and names
 * who saved meanwhile; applying one's changes then merges them field by field with the
 * stored ones (both changed: the user chooses). Cancel asks before dropping unsaved changes.
 */
export function SectionEditor({ caseFile, section, session, onClose }: SectionEditorProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [defaultValues] = useState(() => sectionFormValues(caseFile, section));
  const form = useForm<SectionFormInput, unknown, SectionFormValues>({
    resolver,
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const amendment = useSectionAmendment(caseFile, session);
  const merge = useConflictMerge({ caseFile, section, session, form, rebase: amendment.rebase });
  const unmetText = useUnmetText();
  const errorText = useUserErrorText();
  const { state } = amendment;
  const title = t(stepTitleKey(section));
  const closeUnsaved = useCallback(() => onClose(false), [onClose]);
  const { isDirty, dirtyFields } = form.formState;
  const discardGuard = useDiscardGuard({ dirty: isDirty && anyFieldChanged(dirtyFields), saving: state.kind === 'saving', onDiscard: closeUnsaved });

  useEffect(() => headingRef.current?.focus(), []);

  const submit = form.handleSubmit(async (values) => {
    const input = amendmentInput(section, values);
    if (!input) return;
    const outcome = await amendment.save(input);
    if (outcome.kind === 'saved') onClose(true);
    else if (outcome.kind === 'refused' && outcome.unmet.some((condition) => condition.id === 'correction_reason')) {
      form.setError(reasonField, { type: 'custom', message: encodeValidationMessage({ key: 'intake.validation.reasonRequired' }) }, { shouldFocus: true });
    }
  });

  const reload = () => merge.startAgain(caseFile);
  const changedBy = state.kind === 'conflict' ? state.changedBy : '';

  return (
    <FormProvider {...form}>
      <form noValidate aria-labelledby={headingId} data-testid={`section-form-${section}`} onSubmit={(event) => void submit(event)}>
        <Stack gap="md">
          <div>
            <Title order={4} id={headingId} ref={headingRef} tabIndex={-1}>
              {t('caseFile.edit.heading', { section: title })}
            </Title>
            <Text c="dimmed" size="sm">
              {t(stepDescriptionKey(section))}
            </Text>
          </div>
          <IntakeStepContent step={section} />
          <TextField<SectionFormInput> name={reasonField} label={t('caseFile.edit.reason')} description={t('caseFile.edit.reasonHint')} multiline />
          {amendment.changedMeanwhile && state.kind !== 'conflict' && (
            <Alert color="yellow" role="status" data-testid="changed-meanwhile">
              {t('caseFile.edit.changedMeanwhile')}
            </Alert>
          )}
          {state.kind === 'refused' && (
            <Alert color="red" role="alert" title={t('caseFile.edit.refused')}>
              <List size="sm">
                {state.unmet.map((condition) => (
                  <List.Item key={condition.id}>{unmetText(condition)}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {state.kind === 'conflict' && (
            <Alert color="orange" role="alert" data-testid="amendment-conflict">
              <Stack gap="xs">
                <Text size="sm">{t('caseFile.edit.conflict', { changedBy: state.changedBy, changedAt: formats.dateTime(state.changedAt) })}</Text>
                {merge.state.kind === 'choosing' ? (
                  <MergeConflicts
                    conflicts={merge.state.conflicts}
                    choices={merge.state.choices}
                    changedBy={changedBy}
                    onChoose={merge.choose}
                    onApply={merge.applyChoices}
                  />
                ) : (
                  <Group gap="xs">
                    <Button size="xs" variant="default" onClick={() => void merge.applyMine().catch((error: unknown) => amendment.fail(error))}>
                      {t('caseFile.edit.keepMine')}
                    </Button>
                    <Button size="xs" variant="default" onClick={reload}>
                      {t('caseFile.edit.reload')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Alert>
          )}
          {merge.state.kind === 'merged' && state.kind === 'editing' && (
            <Alert color="blue" role="status" data-testid="merge-applied">
              {t('caseFile.edit.merge.applied')}
            </Alert>
          )}
          {state.kind === 'failed' && (
            <Alert color="red" role="alert">
              {errorText(state.message)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={discardGuard.requestClose} disabled={state.kind === 'saving'}>
              {t('caseFile.edit.cancel')}
            </Button>
            <Button type="submit" loading={state.kind === 'saving'}>
              {t('caseFile.edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <DiscardChangesDialog opened={discardGuard.confirming} section={title} onKeepEditing={discardGuard.keepEditing} onDiscard={discardGuard.discard} />
    </FormProvider>
  );
}
