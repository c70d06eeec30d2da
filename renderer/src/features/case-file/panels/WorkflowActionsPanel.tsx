import { Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../../ui/format/useFormats';
import { useUnmetText } from '../../../ui/useUserErrorText';
import type { WorkflowActionView } from '../workflowActionViews';
import { useCitation } from '../../../ui/LegalCitation';
import { PanelSection } from './PanelSection';

interface WorkflowActionsPanelProps {
  actions: readonly WorkflowActionView[];
  onStart: (action: WorkflowActionView) => void;
}

/**
 * The next steps of the case: each button enabled only when its guards pass; a disabled
 * one says in visible text what is missing (and is described by that text), and a
 * four-eyes proposal shows as awaiting approval.
 */
export function WorkflowActionsPanel({ actions, onStart }: WorkflowActionsPanelProps) {
  const { t } = useTranslation();
  return (
    <PanelSection title={t('caseFile.workflow.title')} testId="workflow-actions">
      {actions.length === 0 && <Text c="dimmed">{t('caseFile.workflow.none')}</Text>}
      {actions.map((action) => (
        <WorkflowAction key={action.id} action={action} onStart={onStart} />
      ))}
    </PanelSection>
  );
}

function WorkflowAction({ action, onStart }: { action: WorkflowActionView; onStart: (action: WorkflowActionView) => void }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const unmetText = useUnmetText();
  const citation = useCitation();
  const reasonsId = useId();
  const label = t(`caseFile.actions.${action.id}`);
  const blocked = !action.enabled;
  return (
    <Paper withBorder p="sm" data-testid={`action-${action.id}`} data-tour={`action:${action.id}`}>
      <Stack gap={6}>
        <Group justify="space-between">
          <Button disabled={blocked} onClick={() => onStart(action)} aria-describedby={blocked ? reasonsId : undefined}>
            {label}
          </Button>
          {action.needsFourEyes && (
            <Text size="xs" c="dimmed">
              {t('caseFile.workflow.fourEyes')}
            </Text>
          )}
        </Group>
        {action.awaitingApproval ? (
          <Text size="sm" id={reasonsId} data-testid="awaiting-approval" fw={600} c="grape.9">
            {t('caseFile.workflow.awaitingApproval', {
              name: action.awaitingApproval.proposedBy.displayName,
              at: formats.dateTime(action.awaitingApproval.proposedAt),
            })}
          </Text>
        ) : (
          blocked && (
            <div id={reasonsId} data-testid="unmet-conditions">
              <Text size="sm" fw={600}>
                {t('caseFile.workflow.missing')}
              </Text>
              <List size="sm">
                {action.unmet.map((condition) => (
                  <List.Item key={condition.id}>
                    {unmetText(condition)}
                    <Text span size="xs" c="dimmed">
                      {` (${citation(condition.legalBasis)})`}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </div>
          )
        )}
      </Stack>
    </Paper>
  );
}
