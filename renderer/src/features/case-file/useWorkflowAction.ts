import { useCallback, useState } from 'react';
import type { CaseFile } from '../../../../shared/model';
import type { UnmetCondition } from '../../../../shared/workflow';
import { ActionRefusedError } from '../../db/errors';
import { caseRepository } from '../../store/caseStore';
import type { CaseworkSession } from '../../store/useCaseworkSession';
import { userErrorMessage, type UserErrorMessage } from '../../ui/userErrorMessage';

export type ActionRunState =
  | { kind: 'idle' }
  | { kind: 'running'; actionId: string }
  | { kind: 'refused'; actionId: string; unmet: UnmetCondition[] }
  | { kind: 'failed'; actionId: string; message: UserErrorMessage };

/** Runs a workflow action on the case as it was read (its version), through the repository. */
export function useWorkflowAction(caseFile: CaseFile, session: CaseworkSession) {
  const [state, setState] = useState<ActionRunState>({ kind: 'idle' });
  const run = useCallback(
    async (actionId: string, input: Record<string, unknown>): Promise<boolean> => {
      const { actor, workspace } = session;
      if (!actor) return false;
      setState({ kind: 'running', actionId });
      try {
        await caseRepository(workspace).applyAction(actor, { caseId: caseFile.id, expectedVersion: caseFile.version, actionId, input });
        setState({ kind: 'idle' });
        return true;
      } catch (error) {
        if (error instanceof ActionRefusedError) setState({ kind: 'refused', actionId, unmet: error.failure.unmet });
        else setState({ kind: 'failed', actionId, message: userErrorMessage(error) });
        return false;
      }
    },
    [caseFile.id, caseFile.version, session],
  );
  return { state, run, reset: () => setState({ kind: 'idle' }) };
}
