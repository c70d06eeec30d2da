import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../../../../../shared/rules';
import { useExplanation } from '../../../i18n/useExplanation';
import { useFormats } from '../../../ui/format/useFormats';
import { deadlineStateColour } from '../deadlineRows';
import { LegalCitation } from '../../../ui/LegalCitation';
import { PanelSection } from './PanelSection';

/** Every running timer: due date, days left, calendar or working days, legal basis. */
export function DeadlinesPanel({ deadlines }: { deadlines: readonly Deadline[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const explain = useExplanation();
  return (
    <PanelSection title={t('caseFile.deadlines.title')} testId="deadlines-panel">
      {deadlines.length === 0 ? (
        <Text c="dimmed">{t('caseFile.deadlines.none')}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('caseFile.deadlines.what')}</Table.Th>
              <Table.Th>{t('caseFile.deadlines.due')}</Table.Th>
              <Table.Th>{t('caseFile.deadlines.daysLeft')}</Table.Th>
              <Table.Th>{t('caseFile.deadlines.counting')}</Table.Th>
              <Table.Th>{t('caseFile.deadlines.state')}</Table.Th>
              <Table.Th>{t('caseFile.deadlines.legalBasis')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deadlines.map((deadline) => (
              <Table.Tr key={deadline.id} data-tour={`deadline:${deadline.kind}`}>
                <Table.Td>
                  {t(`caseFile.${deadline.labelKey}`, { defaultValue: deadline.label })}
                  {deadline.note && (
                    <Text size="xs" c="dimmed" data-testid="deadline-note">
                      {explain({ messageKey: deadline.note.key, params: deadline.note.params, text: deadline.note.text })}
                    </Text>
                  )}
                  {deadline.consequence && (
                    <Text size="xs" c="dimmed">
                      {explain(deadline.consequence)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formats.date(deadline.dueDate)}</Table.Td>
                <Table.Td>
                  {deadline.daysRemaining < 0
                    ? t('caseFile.deadlines.overdueBy', { days: -deadline.daysRemaining })
                    : t('caseFile.deadlines.days', { days: deadline.daysRemaining })}
                </Table.Td>
                <Table.Td>{t(`caseFile.deadlines.countingKinds.${deadline.counting}`)}</Table.Td>
                <Table.Td>
                  <Badge color={deadlineStateColour(deadline.state)} variant="light">
                    {t(`caseFile.deadlines.states.${deadline.state}`)}
                  </Badge>
                  {!deadline.blocking && (
                    <Text size="xs" c="dimmed">
                      {t('caseFile.deadlines.indicative')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs">
                    <LegalCitation basis={deadline.legalBasis} verified={deadline.verified} />
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </PanelSection>
  );
}
