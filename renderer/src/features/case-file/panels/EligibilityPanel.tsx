import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RuleCheck } from '../../../../../shared/rules';
import { useExplanation } from '../../../i18n/useExplanation';
import { checkMessage, checkToChangeMessage, eligibilitySectionElementId, summaryMessage, verdictColour, type EligibilitySection } from '../eligibilityView';
import { LegalCitation, useCitation } from '../../../ui/LegalCitation';
import { PanelSection } from './PanelSection';

const checkColour: Readonly<Record<RuleCheck['status'], string>> = { met: 'green', not_met: 'red', unknown: 'gray' };

/** The walkthrough targets (`data-tour`, shared/training/walkthroughs.ts) of the sections. */
const tourTarget: Readonly<Record<EligibilitySection['id'], string>> = {
  transfer: 'transfer-eligibility',
  voluntary: 'route-voluntary',
  forced: 'route-forced',
  readmission: 'route-readmission',
  dublin: 'route-dublin',
  protectionMemberState: 'route-protection-member-state',
};

/** The transfer assessment and each return route: verdict, legal basis, and every check explained. */
export function EligibilityPanel({ sections }: { sections: readonly EligibilitySection[] }) {
  const { t } = useTranslation();
  const explain = useExplanation();
  const citation = useCitation();
  return (
    <PanelSection title={t('caseFile.eligibility.title')} testId="eligibility-panel">
      {sections.map(({ id, assessment }) => {
        return (
          <Stack
            key={id}
            id={eligibilitySectionElementId(id)}
            tabIndex={-1}
            gap="xs"
            data-testid={`assessment-${id}`}
            data-tour={tourTarget[id]}
            component="article"
            aria-label={t(`caseFile.eligibility.sections.${id}`)}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Title order={4}>{t(`caseFile.eligibility.sections.${id}`)}</Title>
              <Badge color={verdictColour(assessment.verdict)} variant="light" data-testid="verdict">
                {t(`caseFile.eligibility.verdicts.${assessment.verdict}`)}
              </Badge>
            </Group>
            <Text size="sm" data-testid="summary">
              {explain(summaryMessage(assessment))}
            </Text>
            <Text size="sm" data-testid="legal-basis">
              {assessment.basis ? t('caseFile.eligibility.basis', { basis: citation(assessment.basis.legalBasis) }) : t('caseFile.eligibility.noBasis')}
            </Text>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('caseFile.eligibility.check')}</Table.Th>
                  <Table.Th>{t('caseFile.eligibility.status')}</Table.Th>
                  <Table.Th>{t('caseFile.eligibility.citation')}</Table.Th>
                  <Table.Th>{t('caseFile.eligibility.toChange')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {assessment.checks.map((check) => (
                  <Table.Tr key={`${check.id}-${check.messageKey}`} data-testid={`check-${check.id}`} data-status={check.status}>
                    <Table.Td>
                      <Text size="sm" data-testid="check-text">
                        {explain(checkMessage(check))}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={checkColour[check.status]} variant="light">
                        {t(`caseFile.eligibility.checkStatus.${check.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">
                        <LegalCitation basis={check.legalBasis} verified={check.verified} />
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" data-testid="check-to-change">
                        {check.toChange ? explain(checkToChangeMessage(check, check.toChange)) : ''}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        );
      })}
    </PanelSection>
  );
}
