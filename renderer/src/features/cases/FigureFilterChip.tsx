import { Alert, Badge, CloseButton, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Formats } from '../../ui/format/formats';
import type { CaseListFigure } from './caseListFigureFilter';

/**
 * "Filtered by: <figure>": the list shows exactly the cases behind a number of the Reports
 * page (for its period and report date). Removing the chip shows every case again.
 */
export function FigureFilterChip({
  figure,
  progress,
  formats,
  onRemove,
}: {
  figure: CaseListFigure;
  progress: { read: number; total: number | undefined } | undefined;
  formats: Formats;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { period, asOf } = figure.filter;
  const label = t('cases.figureFilter.chip', {
    figure: figure.label || t('cases.figureFilter.unnamed'),
    from: formats.date(period.from),
    to: formats.date(period.to),
    asOf: formats.date(asOf),
  });
  return (
    <Group gap="sm" data-testid="figure-filter">
      {/* Mantine's Pill hides its remove button from assistive technology: a badge and a named close button instead. */}
      <Badge size="lg" variant="light" tt="none" rightSection={<CloseButton size="sm" aria-label={t('cases.figureFilter.remove')} onClick={onRemove} />}>
        {label}
      </Badge>
      {progress && (
        <Text size="sm" c="dimmed" role="status">
          {t('cases.figureFilter.reading', { read: formats.number(progress.read), total: progress.total === undefined ? '…' : formats.number(progress.total) })}
        </Text>
      )}
    </Group>
  );
}

/** A figure link that could not be read (edited by hand, or from another version). */
export function InvalidFigureFilter({ onRemove }: { onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" withCloseButton closeButtonLabel={t('cases.figureFilter.remove')} onClose={onRemove}>
      {t('cases.figureFilter.invalid')}
    </Alert>
  );
}
