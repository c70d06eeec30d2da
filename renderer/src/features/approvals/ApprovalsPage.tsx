import { Alert, Anchor, Button, Group, List, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { useOfficeToday } from '../../ui/useOfficeToday';
import { useUnmetText, useUserErrorText } from '../../ui/useUserErrorText';
import { useCaseworkSession } from '../../store/useCaseworkSession';
import { useFormats } from '../../ui/format/useFormats';
import { pendingApprovalRows, proposedInputLines, type PendingApprovalRow } from './pendingApprovalRows';
import { useApprovalDecision } from './useApprovalDecision';
import { useCasesAwaitingApproval } from '../../store/usePendingApprovals';

/** Four-eyes proposals waiting for a supervisor: read what was proposed, then approve or reject with a reason. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const session = useCaseworkSession();
  const { now } = useOfficeToday();
  const caseFiles = useCasesAwaitingApproval(session.workspace);
  const decision = useApprovalDecision(session);
  const [rejecting, setRejecting] = useState<PendingApprovalRow | undefined>();
  const rows = useMemo(() => (caseFiles && session.actor ? pendingApprovalRows(caseFiles, session.actor, now) : []), [caseFiles, session.actor, now]);
  return (
    <>
      <PageHeader title={t('approvals.title')} description={t('approvals.intro')} />
      {caseFiles === undefined && <Text role="status">{t('approvals.loading')}</Text>}
      {caseFiles !== undefined && rows.length === 0 && <Text>{t('approvals.empty')}</Text>}
      <Stack gap="md">
        {rows.map((row) => (
          <ApprovalCard key={row.option.approval.id} row={row} decision={decision} onReject={() => setRejecting(row)} />
        ))}
      </Stack>
      <RejectDialog
        row={rejecting}
        deciding={decision.state.kind === 'deciding'}
        onClose={() => setRejecting(undefined)}
        onReject={async (row, reason) => (await decision.decide(row, 'reject', reason)) && setRejecting(undefined)}
      />
    </>
  );
}

function ApprovalCard({ row, decision, onReject }: { row: PendingApprovalRow; decision: ReturnType<typeof useApprovalDecision>; onReject: () => void }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const unmetText = useUnmetText();
  const errorText = useUserErrorText();
  const { approval, canApprove, canReject, unmet } = row.option;
  const failed = decision.state.kind === 'failed' && decision.state.approvalId === approval.id ? decision.state : undefined;
  const deciding = decision.state.kind === 'deciding' && decision.state.approvalId === approval.id;
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={t('approvals.cardLabel', {
        action: t(`caseFile.actionNouns.${approval.actionId}`, { defaultValue: t(`caseFile.actions.${approval.actionId}`) }),
        reference: row.reference,
      })}
      data-testid="pending-approval"
    >
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3}>{t(`caseFile.actions.${approval.actionId}`)}</Title>
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
        <List size="sm">
          {proposedInputLines(approval.input, (value) => formats.value(value)).map((line) => (
            <List.Item key={line.name}>
              {t(`caseFile.input.${line.name}`, { defaultValue: line.name })}: {line.value}
            </List.Item>
          ))}
        </List>
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
          <Button disabled={!canApprove} loading={deciding} onClick={() => void decision.decide(row, 'approve', undefined)}>
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

interface RejectDialogProps {
  row: PendingApprovalRow | undefined;
  deciding: boolean;
  onClose: () => void;
  onReject: (row: PendingApprovalRow, reason: string) => Promise<unknown>;
}

/** A rejection must say why: the proposer needs to know what to fix. */
function RejectDialog({ row, deciding, onClose, onReject }: RejectDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = async () => {
    if (!row) return;
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    await onReject(row, reason);
    setReason('');
    setMissing(false);
  };
  return (
    <Modal opened={row !== undefined} onClose={onClose} title={t('approvals.rejectTitle')} trapFocus returnFocus>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Textarea
            label={t('approvals.rejectReason')}
            required
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={missing ? t('intake.validation.required') : undefined}
            autosize
            minRows={3}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('caseFile.workflow.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={deciding}>
              {t('approvals.reject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
