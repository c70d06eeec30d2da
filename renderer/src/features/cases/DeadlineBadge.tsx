import type { TFunction } from 'i18next';
import type { DeadlineUrgency } from '../../../../shared/rules/deadlines';

/** The badge's names of the shared urgencies (its CSS classes, `data-deadline` and i18n keys). */
const badgeStatus = { running: 'running', due_soon: 'dueSoon', overdue: 'overdue' } as const satisfies Record<DeadlineUrgency, string>;

/**
 * The next deadline, coloured by urgency and named in words, so colour is never the only
 * cue. A plain span (styled in caseList.css): it is drawn in every visible row while scrolling.
 */
export function DeadlineBadge({ urgency, label, t }: { urgency: DeadlineUrgency; label: string; t: TFunction }) {
  const status = badgeStatus[urgency];
  return (
    <span className={`deadline-badge deadline-badge--${status}`} data-deadline={status}>
      {t(`cases.deadline.${status}`, { date: label })}
    </span>
  );
}
