import { AppShell, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { citationIn } from '../../../../shared/explanations';
import { walkthroughs } from '../../../../shared/training/walkthroughs';
import { useCaseworkSession } from '../../store/useCaseworkSession';
import { useTrainingStore } from '../../stores/trainingStore';

const HIGHLIGHT_CLASS = 'tour-highlight';

/** Outlines the control a step points at (its `data-tour` attribute) while the step is shown; true when it is on screen. */
function useHighlight(target: string | undefined, location: string): boolean {
  const [found, setFound] = useState(false);
  useEffect(() => {
    if (!target) return undefined;
    let element: Element | null = null;
    // The case file renders after its data loads: look again for a moment.
    const find = () => {
      element = document.querySelector(`[data-tour="${CSS.escape(target)}"]`);
      if (!element) return false;
      element.classList.add(HIGHLIGHT_CLASS);
      element.scrollIntoView({ block: 'center' });
      setFound(true);
      return true;
    };
    setFound(false);
    let tries = 0;
    const timer = window.setInterval(() => {
      tries += 1;
      if (find() || tries > 40) window.clearInterval(timer);
    }, 150);
    find();
    return () => {
      window.clearInterval(timer);
      element?.classList.remove(HIGHLIGHT_CLASS);
    };
  }, [target, location]);
  return found;
}

/** Width of the walkthrough column the frame reserves beside the screen (so it never covers the screen's own columns). */
export const WALKTHROUGH_WIDTH = 340;

/** Is a walkthrough shown (training workspace, a script started)? The frame then makes room for it. */
export function useWalkthroughShown(): boolean {
  const { workspace } = useCaseworkSession();
  const progress = useTrainingStore((state) => state.walkthrough);
  return workspace === 'training' && progress !== undefined && walkthroughs[progress.scenarioId] !== undefined;
}

/**
 * The guided walkthrough beside every screen: ordered steps, legal basis, the next control
 * outlined. It is the frame's aside column (AppShell.Aside), not a layer over the screen.
 */
export function WalkthroughPanel() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const { workspace } = useCaseworkSession();
  const progress = useTrainingStore((state) => state.walkthrough);
  const goToStep = useTrainingStore((state) => state.goToStep);
  const close = useTrainingStore((state) => state.closeWalkthrough);
  const script = progress ? walkthroughs[progress.scenarioId] : undefined;
  const step = progress && script ? script.steps[Math.min(progress.step, script.steps.length - 1)] : undefined;
  const found = useHighlight(workspace === 'training' ? step?.target : undefined, location.pathname);
  if (workspace !== 'training' || !progress || !script || !step) return null;
  const index = script.steps.indexOf(step);
  const last = index === script.steps.length - 1;
  return (
    <AppShell.Aside className="walkthrough-panel" p="md" aria-label={t('training.walkthrough.title')} data-testid="walkthrough-panel">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h5">
            {t('training.walkthrough.title')}
          </Title>
          <Text size="xs" c="dimmed" data-testid="walkthrough-step">
            {t('training.walkthrough.step', { current: index + 1, total: script.steps.length })}
          </Text>
        </Group>
        <Text size="sm" fw={600}>
          {t(`trainingLibrary.scenario.${progress.scenarioId}.title`)}
        </Text>
        <Text size="sm" data-testid="walkthrough-text">
          {t(`trainingLibrary.${step.textKey}`)}
        </Text>
        {step.legalBasis && (
          <Text size="xs" c="dimmed">
            {`${t('training.walkthrough.legalBasis')}: ${citationIn(step.legalBasis, i18n.resolvedLanguage ?? i18n.language)}`}
          </Text>
        )}
        {!found && (
          <Text size="xs" c="orange.9">
            {t('training.walkthrough.targetMissing')}
          </Text>
        )}
        <Select
          size="xs"
          label={t('training.walkthrough.jump')}
          data={script.steps.map((candidate, position) => ({
            value: String(position),
            label: `${position + 1}. ${t(`trainingLibrary.${candidate.textKey}`).slice(0, 60)}`,
          }))}
          value={String(index)}
          onChange={(value) => value !== null && goToStep(Number(value))}
          allowDeselect={false}
        />
        <Group gap="xs" justify="space-between">
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => goToStep(index - 1)} disabled={index === 0}>
              {t('training.walkthrough.back')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => goToStep(0)}>
              {t('training.walkthrough.restart')}
            </Button>
          </Group>
          {last ? (
            <Button size="xs" onClick={close}>
              {t('training.walkthrough.finish')}
            </Button>
          ) : (
            <Button size="xs" onClick={() => goToStep(index + 1)}>
              {t('training.walkthrough.next')}
            </Button>
          )}
        </Group>
      </Stack>
    </AppShell.Aside>
  );
}
