import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeadlineStatus } from './deadlineStatus';

const looks: Record<Exclude<DeadlineStatus, 'none'>, { color: string; variant: 'filled' | 'dot' }> = {
  overdue: { color: 'red.9', variant: 'filled' },
  dueSoon: { color: 'yellow.4', variant: 'filled' },
  running: { color: 'green.7', variant: 'dot' },
};

/** The next deadline, coloured by urgency and named in words, so colour is never the only cue. */
export function DeadlineBadge({ status, label }: { status: DeadlineStatus; label: string }) {
  const { t } = useTranslation();
  if (status === 'none') return null;
  const look = looks[status];
  return (
    <Badge color={look.color} variant={look.variant} autoContrast radius="sm" tt="none" fw={500} data-deadline={status}>
      {t(`cases.deadline.${status}`, { date: label })}
    </Badge>
  );
}
