import { Alert, Button, Group, NumberInput, Paper, Progress, Select, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseloadPresets, caseloadSize, type CaseloadPreset } from '../../../../shared/training/caseloadGenerator';
import { useCaseloadSeeding } from '../../store/useCaseloadSeeding';
import { useCaseworkSession } from '../../store/useCaseworkSession';
import { useOfficeToday } from '../../ui/useOfficeToday';

const MAX_CASES = 100_000;

function isPreset(value: string | null): value is CaseloadPreset {
  return (caseloadPresets as readonly (string | null)[]).includes(value);
}

/** N fictitious cases from a seed and a preset, generated off the page's thread with progress and cancel. */
export function CaseloadGenerator() {
  const { t } = useTranslation();
  const { actor } = useCaseworkSession();
  const { today } = useOfficeToday();
  const { state, start, cancel } = useCaseloadSeeding(actor);
  const [count, setCount] = useState(1000);
  const [preset, setPreset] = useState<CaseloadPreset>('mixed');
  const [seed, setSeed] = useState('study-visit');
  const running = state.status === 'running';
  const total = caseloadSize({ preset, count });
  return (
    <Paper withBorder p="md" data-testid="caseload-generator">
      <Title order={2} size="h4">
        {t('training.caseload.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('training.caseload.intro')}
      </Text>
      <Group align="end" gap="sm">
        <Select
          label={t('training.caseload.preset')}
          data={caseloadPresets.map((value) => ({ value, label: t(`trainingLibrary.preset.${value}`) }))}
          value={preset}
          onChange={(value) => isPreset(value) && setPreset(value)}
          allowDeselect={false}
          w={420}
          disabled={running}
        />
        <NumberInput
          label={t('training.caseload.count')}
          value={preset === 'albanianPrisoners' ? total : count}
          onChange={(value) => setCount(Math.min(MAX_CASES, Math.max(0, Number(value) || 0)))}
          min={1}
          max={MAX_CASES}
          step={1000}
          thousandSeparator=" "
          disabled={running || preset === 'albanianPrisoners'}
          w={140}
        />
        <TextInput label={t('training.caseload.seed')} value={seed} onChange={(event) => setSeed(event.currentTarget.value)} disabled={running} w={160} />
        {running ? (
          <Button color="red" variant="light" onClick={cancel}>
            {t('training.caseload.cancel')}
          </Button>
        ) : (
          <Button onClick={() => start({ seed, preset, count, today })} disabled={total === 0 || seed.trim() === ''}>
            {t('training.caseload.generate')}
          </Button>
        )}
      </Group>
      {state.status === 'running' && (
        <>
          <Progress value={state.total > 0 ? (100 * state.stored) / state.total : 0} mt="sm" aria-label={t('training.caseload.title')} />
          <Text size="sm" role="status">
            {t('training.caseload.progress', { stored: state.stored, total: state.total || total })}
          </Text>
        </>
      )}
      {state.status === 'done' && (
        <Text size="sm" role="status" mt="xs">
          {t('training.caseload.done', { stored: state.stored, seconds: (state.milliseconds / 1000).toFixed(1) })}
        </Text>
      )}
      {state.status === 'cancelled' && (
        <Text size="sm" role="status" mt="xs">
          {t('training.caseload.cancelled', { stored: state.stored })}
        </Text>
      )}
      {state.status === 'failed' && (
        <Alert color="red" mt="xs">
          {t('training.failed', { message: state.message })}
        </Alert>
      )}
    </Paper>
  );
}
