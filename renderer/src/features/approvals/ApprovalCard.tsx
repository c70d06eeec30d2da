import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Actor } from '../../../../shared/model';
import { compareProposalConditions } from '../../../../shared/workflow';
import { useFormats } from '../../ui/format/useFormats';
import { useUnmetText, useUserErrorText } from '../../ui/useUserErrorText';
import { approvalInputLines } from './approvalInputLines';
import type { PendingApprovalRow } from './pendingApprovalRows';
import { ProposalConditionsTable } from './ProposalConditionsTable';
import type { useApprovalDecision } from './useApprovalDecision';

interface ApprovalCardProps {
  row: PendingApprovalRow;
  actor: Actor;
  now: Date;
  decision: ReturnType<typeof useApprovalDecision>;
  onApprove: () => void;
  onReject: () => void;
}

/**
 * One proposal as a supervisor reads it: what was proposed, in words of the interface
 * language (through the one formatting module), who proposed it and when, its conditions
 * then and now, and the two decisions.
 */
export function ApprovalCard({ row, actor, now, decision, onApprove, onReject }: ApprovalCardProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  const unmetText = useUnmetText();
  const errorText = useUserErrorText();
  const { approval, canApprove, canReject, unmet } = row.option;
  const failed = decision.state.kind === 'failed' && decision.state.approvalId === approval.id ? decision.state : undefined;
  const deciding = decision.state.kind === 'deciding' && decision.state.approvalId === approval.id;
  const comparison = useMemo(() => compareProposalConditions(row.caseFile, approval, actor, now), [row.caseFile, approval, actor, now]);
  const lines = useMemo(() => approvalInputLines(approval.actionId, approval.input, formats, t), [approval, formats, t]);
  const actionNoun = t(`caseFile.actionNouns.${approval.actionId}`, { defaultValue: t('caseFile.actionNouns.unknown') });
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={t('approvals.cardLabel', { action: actionNoun, reference: row.reference })}
      data-testid="pending-approval"
    >
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3}>{t(`caseFile.actions.${approval.actionId}`, { defaultValue: actionNoun })}</Title>
          <Anchor component={Link} to={`/cases/${row.caseId}`}>
            {t('approvals.openCase', { reference: row.reference, name: row.personName })}
          </Anchor>
        </Group>
        <Text size="sm">
          {t('approvals.proposedBy', {
            name: approval.proposedBy.displayName,
            role: t(`caseFile.roles.${approval.proposedBy.role}`),
            at: formats.dateTime(approval.proposedAt),
          })}
        </Text>
        <Text size="sm">
          {t('approvals.stageNow', { stage: t(`caseFile.stages.${row.caseFile.stage}`), route: t(`caseFile.routes.${row.caseFile.route}`) })}
        </Text>
        {lines.length > 0 && (
          <List size="sm" data-testid="approval-input">
            {lines.map((line) => (
              <List.Item key={line.name}>{t('approvals.inputLine', { label: line.label, value: line.value })}</List.Item>
            ))}
          </List>
        )}
        {comparison && <ProposalConditionsTable comparison={comparison} />}
        {!canApprove && unmet.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('approvals.cannotApprove')}
            </Text>
            <List size="sm" data-testid="approval-unmet">
              {unmet.map((condition) => (
                <List.Item key={condition.id}>{unmetText(condition)}</List.Item>
              ))}
            </List>
          </div>
        )}
        {failed && (
          <Alert color="red" role="alert">
            {failed.error ? errorText(failed.error) : failed.unmet.map(unmetText).join(' ')}
          </Alert>
        )}
        <Group>
          <Button disabled={!canApprove || deciding} loading={deciding} onClick={onApprove}>
            {t('approvals.approve')}
          </Button>
          <Button color="red" variant="light" disabled={!canReject || deciding} onClick={onReject}>
            {t('approvals.reject')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
