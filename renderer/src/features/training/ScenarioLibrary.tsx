import { Alert, Badge, Button, Card, Group, List, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { scenarioIds, scenarioLibrary, type ScenarioId } from '../../../../shared/training/scenarioLibrary';
import { loadLibraryScenario } from '../../../../shared/training/scenarioLibrary';
import { callHost } from '../../host';
import { loadLibraryScenarios, loadScenarioFile, resetTrainingScenarios } from '../../store/trainingScenarios';
import { useCaseworkSession } from '../../store/useCaseworkSession';
import { useTrainingStore } from '../../stores/trainingStore';
import { useOfficeToday } from '../../ui/useOfficeToday';

type Notice = { color: 'green' | 'red'; text: string; details?: string[] };

/** The first case of a scenario (the one its walkthrough opens). */
function firstCaseId(id: ScenarioId): string | undefined {
  const loaded = loadLibraryScenario(id, '2026-01-01');
  return loaded.ok ? loaded.scenario.cases[0]?.id : undefined;
}

/** The scenario library: load one or all, import a file, start a walkthrough, reset. */
export function ScenarioLibrary() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { actor } = useCaseworkSession();
  const { today } = useOfficeToday();
  const loaded = useTrainingStore((state) => state.loadedScenarios);
  const markLoaded = useTrainingStore((state) => state.markLoaded);
  const startWalkthrough = useTrainingStore((state) => state.startWalkthrough);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [confirmReset, setConfirmReset] = useState(false);

  const run = async (work: () => Promise<Notice | undefined>) => {
    setBusy(true);
    try {
      const result = await work();
      if (result) setNotice(result);
    } catch (error) {
      setNotice({ color: 'red', text: t('training.failed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const load = (ids: readonly ScenarioId[]) =>
    run(async () => {
      if (!actor) return undefined;
      const outcome = await loadLibraryScenarios(actor, ids, today);
      markLoaded(ids);
      return { color: 'green', text: t('training.library.outcome', { added: outcome.added, kept: outcome.alreadyLoaded }) };
    });

  const importFile = () =>
    run(async () => {
      if (!actor) return undefined;
      const picked = await callHost('openFile', { title: t('training.importFile.button'), filters: [{ name: 'eRCMS case file', extensions: ['json'] }] });
      if (picked.status !== 'opened') return undefined;
      const result = await loadScenarioFile(actor, new TextDecoder().decode(picked.bytes), picked.name, today);
      if (!result.ok) {
        return {
          color: 'red',
          text: `${t('training.importFile.refused', { name: picked.name })} ${t(`trainingLibrary.${result.error.messageKey}`)}`,
          details: result.error.issues.slice(0, 5).map((issue) => t('training.importFile.issue', { path: issue.path, message: issue.message })),
        };
      }
      return { color: 'green', text: t('training.importFile.done', { name: picked.name, added: result.outcome.added }) };
    });

  const reset = () =>
    run(async () => {
      setConfirmReset(false);
      if (!actor) return undefined;
      const outcome = await resetTrainingScenarios(actor, loaded, today);
      return { color: 'green', text: t('training.reset.done', { seconds: (outcome.milliseconds / 1000).toFixed(2), cases: outcome.cases }) };
    });

  const walk = (id: ScenarioId) => {
    startWalkthrough(id);
    const caseId = firstCaseId(id);
    if (caseId) void navigate(`/cases/${caseId}`);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="end">
        <div>
          <Title order={2} size="h4">
            {t('training.library.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('training.library.intro')}
          </Text>
        </div>
        <Group gap="sm">
          <Button onClick={() => void load(scenarioIds)} loading={busy}>
            {t('training.library.loadAll')}
          </Button>
          <Button variant="default" onClick={() => void importFile()} disabled={busy}>
            {t('training.importFile.button')}
          </Button>
          <Button color="red" variant="light" onClick={() => setConfirmReset(true)} disabled={busy}>
            {t('training.reset.button')}
          </Button>
        </Group>
      </Group>
      {notice && (
        <Alert
          color={notice.color}
          role={notice.color === 'red' ? 'alert' : 'status'}
          data-testid="training-notice"
          withCloseButton
          onClose={() => setNotice(undefined)}
        >
          {notice.text}
          {notice.details && notice.details.length > 0 && (
            <List size="sm" mt="xs">
              {notice.details.map((detail) => (
                <List.Item key={detail}>{detail}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {scenarioLibrary.map((scenario) => (
          <Card
            key={scenario.id}
            withBorder
            padding="md"
            data-testid={`scenario-${scenario.id}`}
            component="section"
            aria-label={t(`trainingLibrary.${scenario.titleKey}`)}
          >
            <Group justify="space-between" align="start" wrap="nowrap">
              <Title order={3} size="h5">
                {t(`trainingLibrary.${scenario.titleKey}`)}
              </Title>
              {loaded.includes(scenario.id) && (
                <Badge color="green" style={{ flexShrink: 0 }}>
                  {t('training.library.loaded')}
                </Badge>
              )}
            </Group>
            <Text size="sm" mt="xs">
              {t(`trainingLibrary.${scenario.storyKey}`)}
            </Text>
            <Text size="sm" mt="xs">
              <Text span fw={700}>
                {`${t('training.library.teachingPoint')}: `}
              </Text>
              {t(`trainingLibrary.${scenario.teachingPointKey}`)}
            </Text>
            <Group gap="sm" mt="sm">
              <Button size="xs" onClick={() => void load([scenario.id])} disabled={busy}>
                {t('training.library.load')}
              </Button>
              <Button size="xs" variant="light" onClick={() => walk(scenario.id)} disabled={busy || !loaded.includes(scenario.id)}>
                {t('training.library.walkthrough')}
              </Button>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
      <Modal opened={confirmReset} onClose={() => setConfirmReset(false)} title={t('training.reset.confirmTitle')}>
        <Text size="sm">{t('training.reset.confirmText', { count: loaded.length })}</Text>
        <Group justify="end" mt="md">
          <Button variant="default" onClick={() => setConfirmReset(false)}>
            {t('training.reset.cancel')}
          </Button>
          <Button color="red" onClick={() => void reset()}>
            {t('training.reset.confirm')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
