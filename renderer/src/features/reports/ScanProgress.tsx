import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../ui/format';

/** How far the reading of the store has come, while a report is computed. */
export function ScanProgress({ read, total }: { read: number; total: number | undefined }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const value = total ? Math.min(100, (read / total) * 100) : 0;
  const text =
    total === undefined ? t('reports.progress.starting') : t('reports.progress.reading', { read: formats.number(read), total: formats.number(total) });
  return (
    <Stack gap={4} role="status" aria-live="polite" data-testid="report-progress">
      <Text size="sm">{text}</Text>
      <Progress value={value} aria-label={text} animated />
    </Stack>
  );
}
