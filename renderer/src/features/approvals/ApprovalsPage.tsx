import { Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { useOfficeToday } from '../../ui/useOfficeToday';
import { useCaseworkSession } from '../../store/useCaseworkSession';
import { useCasesAwaitingApproval } from '../../store/usePendingApprovals';
import { ApprovalCard } from './ApprovalCard';
import { approvalEffect } from './approvalEffect';
import { ApproveDialog } from './ApproveDialog';
import { DecisionOutcome } from './DecisionOutcome';
import { pendingApprovalRows, type PendingApprovalRow } from './pendingApprovalRows';
import { RejectDialog } from './RejectDialog';
import { useApprovalDecision } from './useApprovalDecision';

/** Four-eyes proposals waiting for a supervisor: read what was proposed, then approve (after confirming what it does) or reject with a reason. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const session = useCaseworkSession();
  const { now } = useOfficeToday();
  const caseFiles = useCasesAwaitingApproval(session.workspace);
  const decision = useApprovalDecision(session);
  const [approving, setApproving] = useState<PendingApprovalRow | undefined>();
  const [rejecting, setRejecting] = useState<PendingApprovalRow | undefined>();
  const actor = session.actor;
  const rows = useMemo(() => (caseFiles && actor ? pendingApprovalRows(caseFiles, actor, now) : []), [caseFiles, actor, now]);
  const effect = useMemo(
    () => (approving && actor ? approvalEffect(approving.caseFile, approving.option.approval, actor, now) : undefined),
    [approving, actor, now],
  );
  return (
    <>
      <PageHeader title={t('approvals.title')} description={t('approvals.intro')} />
      {decision.outcome && <DecisionOutcome outcome={decision.outcome} onDismiss={decision.dismissOutcome} />}
      {caseFiles === undefined && <Text role="status">{t('approvals.loading')}</Text>}
      {caseFiles !== undefined && rows.length === 0 && <Text>{t('approvals.empty')}</Text>}
      <Stack gap="md">
        {actor &&
          rows.map((row) => (
            <ApprovalCard
              key={row.option.approval.id}
              row={row}
              actor={actor}
              now={now}
              decision={decision}
              onApprove={() => setApproving(row)}
              onReject={() => setRejecting(row)}
            />
          ))}
      </Stack>
      <ApproveDialog
        row={approving}
        effect={effect}
        deciding={decision.state.kind === 'deciding'}
        onClose={() => setApproving(undefined)}
        onApprove={async (row, note) => {
          // A refused approval closes the dialog too: the card shows why.
          await decision.decide(row, 'approve', note);
          setApproving(undefined);
        }}
      />
      <RejectDialog
        row={rejecting}
        deciding={decision.state.kind === 'deciding'}
        onClose={() => setRejecting(undefined)}
        onReject={async (row, reason) => (await decision.decide(row, 'reject', reason)) && setRejecting(undefined)}
      />
    </>
  );
}
