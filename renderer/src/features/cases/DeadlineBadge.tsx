import type { TFunction } from 'i18next';
import type { DeadlineStatus } from './deadlineStatus';

/**
 * The next deadline, coloured by urgency and named in words, so colour is never the only
 * cue. A plain span (styled in caseList.css): it is drawn in every visible row while scrolling.
 */
export function DeadlineBadge({ status, label, t }: { status: DeadlineStatus; label: string; t: TFunction }) {
  if (status === 'none') return null;
  return (
    <span className={`deadline-badge deadline-badge--${status}`} data-deadline={status}>
      {t(`cases.deadline.${status}`, { date: label })}
    </span>
  );
}
