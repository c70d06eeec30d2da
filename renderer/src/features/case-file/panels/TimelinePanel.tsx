import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useExplanation } from '../../../i18n/useExplanation';
import { useFormats } from '../../../ui/format/useFormats';
import { AmendmentDetails } from '../editing/AmendmentDetails';
import type { TimelineEntry } from '../timelineEntries';
import { useCitation } from '../../../ui/LegalCitation';
import { PanelSection } from './PanelSection';

/** The audit trail of the case in plain language, newest first. */
export function TimelinePanel({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const citation = useCitation();
  const explanation = useExplanation();
  return (
    <PanelSection title={t('caseFile.timeline.title')} testId="timeline">
      {entries.length === 0 ? (
        <Text c="dimmed">{t('caseFile.timeline.empty')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {entries.map((entry) => (
            <Timeline.Item
              key={entry.id}
              title={t(entry.sentenceKey, { role: t(`roles.${entry.role}`), name: entry.actorName, what: entry.whatKey ? t(entry.whatKey) : '' })}
            >
              <Text size="xs" c="dimmed">
                {formats.dateTime(entry.at)}
              </Text>
              <AmendmentDetails details={entry.details} />
              {entry.reasonMessage && (
                <Text size="sm" data-testid="timeline-reason-message">
                  {t('caseFile.timeline.reason', { reason: explanation(entry.reasonMessage) })}
                </Text>
              )}
              {entry.reason && <Text size="sm">{t('caseFile.timeline.reason', { reason: entry.reason })}</Text>}
              {entry.legalBasis && (
                <Text size="xs" c="dimmed">
                  {t('intake.legalBasis', { basis: citation(entry.legalBasis) })}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </PanelSection>
  );
}
