import { useCallback, useState } from 'react';
import type { Stage } from '../../../../shared/model';
import type { UnmetCondition } from '../../../../shared/workflow';
import { ActionRefusedError } from '../../db/errors';
import { caseRepository } from '../../store/caseStore';
import type { CaseworkSession } from '../../store/useCaseworkSession';
import { userErrorMessage, type UserErrorMessage } from '../../ui/userErrorMessage';
import type { PendingApprovalRow } from './pendingApprovalRows';

/** A refused decision keeps the unmet conditions, so that the page words them in the user's language. */
export type DecisionState =
  { kind: 'idle' } | { kind: 'deciding'; approvalId: string } | { kind: 'failed'; approvalId: string; unmet: UnmetCondition[]; error?: UserErrorMessage };

/** What a decision did, shown after its card has gone: where the case went and the way to it. */
export interface DecisionOutcome {
  decision: 'approve' | 'reject';
  actionId: string;
  caseId: string;
  reference: string;
  personName: string;
  stageBefore: Stage;
  /** The stage the stored case is at after the decision. */
  stage: Stage;
  note?: string;
}

/** Approves or rejects a proposal through the repository (four eyes checked by the workflow and the store). */
export function useApprovalDecision(session: CaseworkSession) {
  const [state, setState] = useState<DecisionState>({ kind: 'idle' });
  const [outcome, setOutcome] = useState<DecisionOutcome | undefined>();
  const decide = useCallback(
    async (row: PendingApprovalRow, decision: 'approve' | 'reject', text: string | undefined): Promise<boolean> => {
      const { actor, workspace } = session;
      if (!actor) return false;
      const approvalId = row.option.approval.id;
      setState({ kind: 'deciding', approvalId });
      const note = text?.trim() ? text.trim() : undefined;
      const input = decision === 'approve' ? { approvalId, ...(note ? { note } : {}) } : { approvalId, reason: note };
      try {
        const result = await caseRepository(workspace).applyAction(actor, {
          caseId: row.caseId,
          expectedVersion: row.caseVersion,
          actionId: decision === 'approve' ? 'approvePendingAction' : 'rejectPendingAction',
          input,
        });
        setState({ kind: 'idle' });
        setOutcome({
          decision,
          actionId: row.option.approval.actionId,
          caseId: row.caseId,
          reference: row.reference,
          personName: row.personName,
          stageBefore: row.caseFile.stage,
          stage: result.caseFile.stage,
          ...(note ? { note } : {}),
        });
        return true;
      } catch (error) {
        if (error instanceof ActionRefusedError) setState({ kind: 'failed', approvalId, unmet: error.failure.unmet });
        else setState({ kind: 'failed', approvalId, unmet: [], error: userErrorMessage(error) });
        return false;
      }
    },
    [session],
  );
  const dismissOutcome = useCallback(() => setOutcome(undefined), []);
  return { state, decide, outcome, dismissOutcome };
}
