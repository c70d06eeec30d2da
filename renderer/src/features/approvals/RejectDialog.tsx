import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingApprovalRow } from './pendingApprovalRows';

interface RejectDialogProps {
  row: PendingApprovalRow | undefined;
  deciding: boolean;
  onClose: () => void;
  onReject: (row: PendingApprovalRow, reason: string) => Promise<unknown>;
}

/** A rejection must say why: the proposer needs to know what to fix. */
export function RejectDialog({ row, deciding, onClose, onReject }: RejectDialogProps) {
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
