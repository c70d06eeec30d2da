import { Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalEffect } from './approvalEffect';
import type { PendingApprovalRow } from './pendingApprovalRows';

interface ApproveDialogProps {
  row: PendingApprovalRow | undefined;
  effect: ApprovalEffect | undefined;
  deciding: boolean;
  onClose: () => void;
  onApprove: (row: PendingApprovalRow, note: string) => Promise<unknown>;
}

/**
 * Approving carries out the proposed action in the supervisor's name: the dialog says what
 * will happen to the case (the workflow's own preview: stage and route) before it is done.
 * The note is optional and goes to the case history with the approval.
 */
export function ApproveDialog({ row, effect, deciding, onClose, onApprove }: ApproveDialogProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const stage = (value: string) => t(`caseFile.stages.${value}`);
  const route = (value: string) => t(`caseFile.routes.${value}`);
  const action = row ? t(`caseFile.actionNouns.${row.option.approval.actionId}`, { defaultValue: t('caseFile.actionNouns.unknown') }) : '';
  const close = () => {
    setNote('');
    onClose();
  };
  return (
    <Modal opened={row !== undefined} onClose={close} title={t('approvals.approveTitle')} trapFocus returnFocus>
      {row && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void onApprove(row, note).then(() => setNote(''));
          }}
        >
          <Stack gap="sm" data-testid="approve-effect">
            <Text size="sm">{t('approvals.effect.performs', { action, reference: row.reference, name: row.personName })}</Text>
            {effect && (
              <List size="sm">
                <List.Item>
                  {effect.stageFrom === effect.stageTo
                    ? t('approvals.effect.stageStays', { stage: stage(effect.stageTo) })
                    : t('approvals.effect.stageMoves', { from: stage(effect.stageFrom), to: stage(effect.stageTo) })}
                </List.Item>
                {effect.routeFrom !== effect.routeTo && (
                  <List.Item>{t('approvals.effect.routeChanges', { from: route(effect.routeFrom), to: route(effect.routeTo) })}</List.Item>
                )}
              </List>
            )}
            <Text size="sm">{t('approvals.effect.inYourName')}</Text>
            <Textarea
              label={t('approvals.approveNote')}
              description={t('approvals.approveNoteHint')}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              autosize
              minRows={2}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('caseFile.workflow.cancel')}
              </Button>
              <Button type="submit" loading={deciding}>
                {t('approvals.confirmApprove')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
