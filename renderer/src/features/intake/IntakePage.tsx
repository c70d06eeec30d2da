import { Alert, Button, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { useCaseworkSession } from '../../store/useCaseworkSession';
import { userErrorMessage } from '../../ui/userErrorMessage';
import { DraftOffer } from './DraftOffer';
import { DraftStatusLine } from './DraftStatusLine';
import { DuplicateDialog } from './DuplicateDialog';
import { IdentityDuplicatePanel } from './IdentityDuplicatePanel';
import type { DuplicateMatch } from './duplicateMatches';
import type { IntakeFormValues } from '../../ui/caseFacts/intakeSchema';
import { intakeSteps, stepDescriptionKey, stepTitleKey } from '../../ui/caseFacts/intakeSteps';
import { IntakeStepContent } from '../../ui/caseFacts/IntakeStepContent';
import { LocalisedDates } from '../../ui/LocalisedDates';
import { useCaseCreation } from './useCaseCreation';
import { useIntakeDraft } from './useIntakeDraft';
import { useIntakeForm } from './useIntakeForm';

/** Guided intake: six steps, a draft kept as the caseworker types, likely duplicates shown beside the identity step and checked again before saving. */
export function IntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { actor, workspace } = useCaseworkSession();
  const form = useIntakeForm();
  const [active, setActive] = useState(0);
  const [duplicates, setDuplicates] = useState<DuplicateMatch[] | undefined>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepChanged = useRef(false);
  const draft = useIntakeDraft(form, actor ? { actor, workspace } : undefined, active);
  const creation = useCaseCreation(actor, workspace);
  const stepId = intakeSteps[active] ?? 'identity';
  const lastStep = active === intakeSteps.length - 1;

  // Focus follows the step: its heading is announced, and Tab continues into its fields.
  useEffect(() => {
    if (stepChanged.current) headingRef.current?.focus();
  }, [active]);

  const goTo = (index: number) => {
    stepChanged.current = true;
    setActive(index);
  };

  const next = async () => {
    if (await form.trigger(stepId, { shouldFocus: true })) goTo(active + 1);
  };

  const save = async (values: IntakeFormValues, skipDuplicateCheck: boolean) => {
    if (!skipDuplicateCheck) {
      const matches = await creation.findDuplicates(values).catch(() => undefined);
      if (matches === undefined) return;
      if (matches.length > 0) {
        setDuplicates(matches);
        return;
      }
    }
    const created = await creation.create(values);
    if (created) {
      setDuplicates(undefined);
      await draft.clear();
      void navigate(`/cases/${created.id}`);
    }
  };

  const submit = (skipDuplicateCheck: boolean) =>
    form.handleSubmit(
      (values) => save(values, skipDuplicateCheck),
      () => undefined,
    )();

  const busy = creation.state.kind === 'checking' || creation.state.kind === 'saving';
  const failure = creation.state.kind === 'failed' ? userErrorMessage(creation.state.error) : undefined;

  return (
    <>
      <LocalisedDates>
        <PageHeader title={t('intake.title')} description={t('intake.intro')} />
        {draft.offered && <DraftOffer savedAt={draft.offered.savedAt} onResume={() => goTo(draft.resume())} onDiscard={() => void draft.discard()} />}
        <FormProvider {...form}>
          <form
            noValidate
            aria-label={t('intake.title')}
            onSubmit={(event) => {
              event.preventDefault();
              if (lastStep) void submit(false);
              else void next();
            }}
          >
            <Stepper active={active} onStepClick={(index) => index < active && goTo(index)} allowNextStepsSelect={false} size="sm" wrap>
              {intakeSteps.map((step) => (
                <Stepper.Step key={step} label={t(stepTitleKey(step))}>
                  {null}
                </Stepper.Step>
              ))}
            </Stepper>
            <Stack gap="md" mt="lg" data-testid={`intake-step-${stepId}`}>
              <div>
                <Title order={3} ref={headingRef} tabIndex={-1} data-testid="intake-step-heading">
                  {t('intake.stepHeading', { number: active + 1, total: intakeSteps.length, title: t(stepTitleKey(stepId)) })}
                </Title>
                <Text c="dimmed" size="sm">
                  {t(stepDescriptionKey(stepId))}
                </Text>
              </div>
              {stepId === 'identity' ? (
                // The identity step has the likely duplicates beside it (below it on a narrow window).
                <Group align="flex-start" gap="lg" wrap="wrap">
                  <div style={{ flex: '3 1 480px', minWidth: 0 }}>
                    <IntakeStepContent step={stepId} />
                  </div>
                  <IdentityDuplicatePanel actor={actor} workspace={workspace} onOpenExisting={(caseId) => void navigate(`/cases/${caseId}`)} />
                </Group>
              ) : (
                <IntakeStepContent step={stepId} />
              )}
              {failure && (
                <Alert color="red" role="alert" title={t('intake.saveFailedTitle')}>
                  {t(failure.key, failure.values)}
                </Alert>
              )}
              <Group justify="space-between">
                <DraftStatusLine status={draft.status} />
                <Group>
                  <Button variant="default" onClick={() => goTo(active - 1)} disabled={active === 0 || busy}>
                    {t('intake.actions.back')}
                  </Button>
                  <Button type="submit" loading={busy} data-testid="intake-submit">
                    {lastStep ? t('intake.actions.save') : t('intake.actions.next')}
                  </Button>
                </Group>
              </Group>
              {busy && (
                <Text size="sm" role="status" aria-live="polite">
                  {creation.state.kind === 'checking' ? t('intake.progress.checkingDuplicates') : t('intake.progress.saving')}
                </Text>
              )}
            </Stack>
          </form>
        </FormProvider>
        <DuplicateDialog
          opened={duplicates !== undefined}
          matches={duplicates ?? []}
          saving={creation.state.kind === 'saving'}
          onOpenExisting={(caseId) => void navigate(`/cases/${caseId}`)}
          onContinue={() => void submit(true)}
          onCancel={() => setDuplicates(undefined)}
        />
      </LocalisedDates>
    </>
  );
}
