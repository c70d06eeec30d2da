import type { TFunction } from 'i18next';
import type { DeadlineState } from '../../../../shared/rules/deadlines';

/** The badge's names of the shared states (its CSS classes, `data-deadline` and i18n keys); a met deadline shows its date only. */
const badgeStatus = { running: 'running', due_soon: 'dueSoon', overdue: 'overdue', ended: 'ended', met: 'running' } as const satisfies Record<
  DeadlineState,
  string
>;

/**
 * The next deadline, coloured by urgency and named in words, so colour is never the only
 * cue. A plain span (styled in caseList.css): it is drawn in every visible row while scrolling.
 */
export function DeadlineBadge({ state, label, t }: { state: DeadlineState; label: string; t: TFunction }) {
  const status = badgeStatus[state];
  return (
    <span className={`deadline-badge deadline-badge--${status}`} data-deadline={status}>
      {t(`cases.deadline.${status}`, { date: label })}
    </span>
  );
}
