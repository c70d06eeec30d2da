import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportPeriod } from '../../../../shared/reports';
import { periodPresets, presetOf, presetPeriod, validPeriod } from './reportPeriodPresets';

interface PeriodPickerProps {
  period: ReportPeriod;
  today: string;
  onChange: (period: ReportPeriod) => void;
}

/** The reporting period: from and to (both included), or one of the presets ending today. */
export function PeriodPicker({ period, today, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const chosen = presetOf(period, today);
  const invalid = validPeriod(from, to) === undefined;
  const choose = (next: ReportPeriod) => {
    setFrom(next.from);
    setTo(next.to);
    onChange(next);
  };
  const edit = (nextFrom: string, nextTo: string) => {
    setFrom(nextFrom);
    setTo(nextTo);
    const next = validPeriod(nextFrom, nextTo);
    if (next) onChange(next);
  };
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="group" aria-label={t('reports.period.label')}>
      <TextInput
        type="date"
        label={t('reports.period.from')}
        value={from}
        max={to}
        onChange={(event) => edit(event.currentTarget.value, to)}
        error={invalid ? t('reports.period.invalid') : undefined}
      />
      <TextInput type="date" label={t('reports.period.to')} value={to} min={from} onChange={(event) => edit(from, event.currentTarget.value)} />
      <Group gap={4}>
        {periodPresets.map((preset) => (
          <Button
            key={preset}
            variant={chosen === preset ? 'filled' : 'default'}
            aria-pressed={chosen === preset}
            onClick={() => choose(presetPeriod(preset, today))}
          >
            {t(`reports.period.presets.${preset}`)}
          </Button>
        ))}
      </Group>
    </Group>
  );
}
