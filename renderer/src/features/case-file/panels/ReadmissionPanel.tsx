import { Badge, Button, Checkbox, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadmissionAgreement } from '../../../../../shared/reference';
import type { AvailableAction } from '../../../../../shared/workflow';
import { useFormats } from '../../../ui/format/useFormats';
import { attachmentField, type ReadmissionRequestView } from '../readmissionView';
import { useUnmetText } from '../../../ui/useUserErrorText';
import { PanelSection } from './PanelSection';

export interface ReadmissionStart {
  actionId: string;
  context: Record<string, unknown>;
  defaults?: Record<string, unknown>;
}

interface ReadmissionPanelProps {
  requests: readonly ReadmissionRequestView[];
  agreement: ReadmissionAgreement | undefined;
  nationality: string | undefined;
  available: readonly AvailableAction[];
  onStart: (start: ReadmissionStart) => void;
  onSaveEvidence: (requestId: string, evidenceDocumentIds: string[], attachments: Record<string, boolean>) => void;
}

/** Compose a request (agreement, evidence checklist, attachments), mark it sent, record the reply or the deemed acceptance. */
export function ReadmissionPanel({ requests, agreement, nationality, available, onStart, onSaveEvidence }: ReadmissionPanelProps) {
  const { t } = useTranslation();
  const can = (id: string) => available.find((action) => action.id === id)?.enabled ?? false;
  const compose = available.find((action) => action.id === 'draftReadmissionRequest');
  const composeReasonsId = useId();
  const composeBlocked = compose !== undefined && !compose.enabled && compose.unmet.length > 0;
  return (
    <PanelSection title={t('caseFile.readmission.title')} testId="readmission-panel">
      {agreement ? (
        <Text size="sm">{t('caseFile.readmission.agreement', { agreement: t(`intake.agreements.${agreement.id}`), days: agreement.replyPeriod.amount })}</Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('caseFile.readmission.noAgreement')}
        </Text>
      )}
      {requests.map((view) => (
        <RequestCard key={view.request.id} view={view} can={can} onStart={onStart} onSaveEvidence={onSaveEvidence} />
      ))}
      {agreement && (
        <Group>
          <Button
            variant="light"
            disabled={!can('draftReadmissionRequest')}
            aria-describedby={composeBlocked ? composeReasonsId : undefined}
            onClick={() =>
              onStart({
                actionId: 'draftReadmissionRequest',
                context: {},
                defaults: { requestedState: nationality, subject: 'own_national', procedure: 'standard' },
              })
            }
          >
            {t('caseFile.readmission.compose')}
          </Button>
        </Group>
      )}
      {agreement && composeBlocked && <UnmetReasons id={composeReasonsId} action={compose} />}
    </PanelSection>
  );
}

/** Why an action of the panel cannot be started now, in the user's language. */
function UnmetReasons({ id, action }: { id: string; action: AvailableAction }) {
  const { t } = useTranslation();
  const unmetText = useUnmetText();
  return (
    <div id={id} data-testid={`unmet-${action.id}`}>
      <Text size="sm" fw={600}>
        {t('caseFile.workflow.missing')}
      </Text>
      <List size="sm">
        {action.unmet.map((condition) => (
          <List.Item key={condition.id}>{unmetText(condition)}</List.Item>
        ))}
      </List>
    </div>
  );
}

interface RequestCardProps {
  view: ReadmissionRequestView;
  can: (id: string) => boolean;
  onStart: (start: ReadmissionStart) => void;
  onSaveEvidence: ReadmissionPanelProps['onSaveEvidence'];
}

function RequestCard({ view, can, onStart, onSaveEvidence }: RequestCardProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  const { request, reply } = view;
  const editable = request.status === 'DRAFT' || request.status === 'INFO_REQUESTED';
  const [evidence, setEvidence] = useState<string[]>(request.evidenceDocumentIds);
  const [attachments, setAttachments] = useState<Record<string, boolean>>({ ...request.attachments });
  useEffect(() => {
    setEvidence(request.evidenceDocumentIds);
    setAttachments({ ...request.attachments });
  }, [request]);
  const context = { requestId: request.id };
  const replyText =
    reply.state === 'awaiting_reply'
      ? t('caseFile.readmission.reply.awaiting', { date: formats.date(reply.dueDate) })
      : reply.state === 'deemed_accepted'
        ? t('caseFile.readmission.reply.deemedAccepted', { date: formats.date(reply.deemedAcceptedOn) })
        : reply.state === 'replied'
          ? t('caseFile.readmission.reply.replied', { outcome: t(`caseFile.enums.replyOutcome.${reply.outcome}`), date: formats.date(reply.repliedOn) })
          : reply.state === 'reply_overdue'
            ? t('caseFile.readmission.reply.overdue', { date: formats.date(reply.dueDate) })
            : t('caseFile.readmission.reply.notReceived');
  return (
    <Paper withBorder p="sm" data-testid="readmission-request" data-tour="readmission-request">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{t('caseFile.readmission.requestTo', { state: request.requestedState })}</Title>
          <Badge variant="light" data-testid="readmission-status">
            {t(`caseFile.readmission.statuses.${request.status}`)}
          </Badge>
        </Group>
        <Text size="sm" data-testid="readmission-reply">
          {replyText}
        </Text>
        <Text size="sm" fw={600}>
          {t('caseFile.readmission.evidence')}
        </Text>
        {view.evidence.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('caseFile.readmission.noDocuments')}
          </Text>
        )}
        {view.evidence.map((item) => (
          <Checkbox
            key={item.documentId}
            disabled={!editable}
            checked={evidence.includes(item.documentId)}
            onChange={(event) => {
              const checked = event.currentTarget.checked;
              setEvidence((current) => (checked ? [...current, item.documentId] : current.filter((id) => id !== item.documentId)));
            }}
            label={t('caseFile.readmission.document', {
              type: t(`intake.enums.documentType.${item.type}`),
              number: item.number ?? '—',
              grade: t(`intake.enums.evidenceClass.${item.grade}`),
            })}
          />
        ))}
        <Text size="sm" fw={600}>
          {t('caseFile.readmission.attachments')}
        </Text>
        {view.attachments.map(({ item }) => {
          const key = attachmentField(item);
          return (
            <Checkbox
              key={item}
              disabled={!editable}
              checked={attachments[key] === true}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                setAttachments((current) => ({ ...current, [key]: checked }));
              }}
              label={t(`caseFile.readmission.items.${item}`)}
            />
          );
        })}
        <Group gap="xs">
          {editable && (
            <Button size="xs" variant="light" disabled={!can('recordReadmissionEvidence')} onClick={() => onSaveEvidence(request.id, evidence, attachments)}>
              {t('caseFile.readmission.saveEvidence')}
            </Button>
          )}
          {editable && (
            <Button size="xs" disabled={!can('sendReadmissionRequest')} onClick={() => onStart({ actionId: 'sendReadmissionRequest', context })}>
              {t('caseFile.actions.sendReadmissionRequest')}
            </Button>
          )}
          {request.status === 'SENT' && !request.receivedOn && (
            <Button size="xs" disabled={!can('recordReadmissionReceipt')} onClick={() => onStart({ actionId: 'recordReadmissionReceipt', context })}>
              {t('caseFile.actions.recordReadmissionReceipt')}
            </Button>
          )}
          {request.status === 'SENT' && (
            <Button size="xs" disabled={!can('recordReadmissionReply')} onClick={() => onStart({ actionId: 'recordReadmissionReply', context })}>
              {t('caseFile.actions.recordReadmissionReply')}
            </Button>
          )}
          {view.deemedAcceptanceDue && (
            <Button size="xs" disabled={!can('markReadmissionDeemedAccepted')} onClick={() => onStart({ actionId: 'markReadmissionDeemedAccepted', context })}>
              {t('caseFile.actions.markReadmissionDeemedAccepted')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
