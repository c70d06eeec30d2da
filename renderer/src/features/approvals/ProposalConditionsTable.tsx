import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STAGE_CONDITION, type ProposalConditionsComparison } from '../../../../shared/workflow';
import { useUnmetText } from '../../ui/useUserErrorText';
import { humanisedCode } from '../../ui/format/legalValue';

/**
 * The proposed action's conditions as they stood when it was proposed and as they stand now
 * (shared/workflow's compareProposalConditions). A condition that changed is highlighted and
 * says so in words ("Changed"), not by colour alone; an unmet one says why, now.
 */
export function ProposalConditionsTable({ comparison }: { comparison: ProposalConditionsComparison }) {
  const { t } = useTranslation();
  const unmetText = useUnmetText();
  const stageName = (stage: string | undefined) => (stage === undefined ? '' : t(`caseFile.stages.${stage}`, { defaultValue: humanisedCode(stage) }));
  const state = (met: boolean | undefined) =>
    met === undefined ? t('approvals.conditions.notRecorded') : met ? t('approvals.conditions.met') : t('approvals.conditions.unmet');
  return (
    <div>
      <Table withTableBorder captionSide="top" data-testid="approval-conditions">
        <Table.Caption>{comparison.recorded ? t('approvals.conditions.caption') : t('approvals.conditions.captionNotRecorded')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('approvals.conditions.condition')}</Table.Th>
            <Table.Th scope="col">{t('approvals.conditions.atProposal')}</Table.Th>
            <Table.Th scope="col">{t('approvals.conditions.now')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {comparison.conditions.map((condition) => {
            const isStage = condition.id === STAGE_CONDITION;
            const stageChanged = isStage && comparison.stageAtProposal !== undefined && comparison.stageAtProposal !== comparison.stageNow;
            const changed = condition.changed || stageChanged;
            return (
              <Table.Tr
                key={condition.id}
                data-condition={condition.id}
                data-changed={changed ? 'true' : undefined}
                className={changed ? 'approval-condition-changed' : undefined}
                bg={changed ? 'var(--mantine-color-yellow-light)' : undefined}
              >
                <Table.Th scope="row" fw={500}>
                  {t(`approvals.conditions.guards.${condition.id}`, { defaultValue: humanisedCode(condition.id) })}
                  {changed && (
                    <Badge ml="xs" size="sm" color="orange" variant="filled">
                      {t('approvals.conditions.changed')}
                    </Badge>
                  )}
                </Table.Th>
                <Table.Td>
                  {state(condition.atProposal)}
                  {isStage && comparison.stageAtProposal !== undefined && <Text size="xs">{stageName(comparison.stageAtProposal)}</Text>}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={condition.now ? undefined : 600} c={condition.now ? undefined : 'red.9'}>
                    {state(condition.now)}
                  </Text>
                  {isStage && <Text size="xs">{stageName(comparison.stageNow)}</Text>}
                  {condition.unmetNow.map((unmet) => (
                    <Text key={unmet.id} size="xs">
                      {unmetText(unmet)}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
