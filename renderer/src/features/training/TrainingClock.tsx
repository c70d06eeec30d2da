import { Button, Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isCalendarDate } from './calendarInput';
import { offsetForToday, trainingToday, useTrainingStore } from '../../stores/trainingStore';

/** "Today is": moves the training clock (the store refuses it outside the training workspace). */
export function TrainingClock() {
  const { t } = useTranslation();
  const offset = useTrainingStore((state) => state.clockOffsetDays);
  const setOffset = useTrainingStore((state) => state.setClockOffsetDays);
  const today = trainingToday(offset);
  return (
    <Paper withBorder p="md" data-tour="training-clock" data-testid="training-clock">
      <Title order={2} size="h4" mb="xs">
        {t('training.clock.title')}
      </Title>
      <Group align="end" gap="sm">
        <TextInput
          type="date"
          label={t('training.clock.todayIs')}
          value={today}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isCalendarDate(value)) setOffset(offsetForToday(value));
          }}
        />
        <Button variant="default" onClick={() => setOffset(offset + 1)}>
          {t('training.clock.plusOne')}
        </Button>
        <Button variant="default" onClick={() => setOffset(offset + 15)}>
          {t('training.clock.plusFifteen')}
        </Button>
        <Button variant="subtle" onClick={() => setOffset(0)} disabled={offset === 0}>
          {t('training.clock.realToday')}
        </Button>
      </Group>
      <Text size="sm" mt="xs" role="status">
        {offset === 0 ? t('training.clock.real') : t('training.clock.moved', { days: offset })}
      </Text>
    </Paper>
  );
}
