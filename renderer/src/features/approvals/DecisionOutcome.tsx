import { Alert, Anchor, CloseButton, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DecisionOutcome as Outcome } from './useApprovalDecision';

/**
 * What the decision did, once the card has gone (the case no longer awaits it): approved or
 * rejected, the stage the case is at now, and a link to the case. Announced politely.
 */
export function DecisionOutcome({ outcome, onDismiss }: { outcome: Outcome; onDismiss: () => void }) {
  const { t } = useTranslation();
  const action = t(`caseFile.actionNouns.${outcome.actionId}`, { defaultValue: t('caseFile.actionNouns.unknown') });
  const stage = t(`caseFile.stages.${outcome.stage}`);
  return (
    <Alert color={outcome.decision === 'approve' ? 'green' : 'orange'} role="status" data-testid="decision-outcome" mb="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text size="sm" fw={600}>
            {outcome.decision === 'approve'
              ? t('approvals.outcome.approved', { action, reference: outcome.reference })
              : t('approvals.outcome.rejected', { action, reference: outcome.reference })}
          </Text>
          <Text size="sm">
            {outcome.stageBefore === outcome.stage ? t('approvals.outcome.stageStays', { stage }) : t('approvals.outcome.stageNow', { stage })}
          </Text>
          {outcome.note && <Text size="sm">{t('approvals.outcome.note', { note: outcome.note })}</Text>}
          <Anchor component={Link} to={`/cases/${outcome.caseId}`} size="sm">
            {t('approvals.outcome.openCase', { reference: outcome.reference, name: outcome.personName })}
          </Anchor>
        </div>
        <CloseButton aria-label={t('approvals.outcome.dismiss')} onClick={onDismiss} />
      </Group>
    </Alert>
  );
}
