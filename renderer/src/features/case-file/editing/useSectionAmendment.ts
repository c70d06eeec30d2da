import { useCallback, useState } from 'react';
import type { CaseFile } from '../../../../../shared/model';
import type { UnmetCondition } from '../../../../../shared/workflow';
import { amendCaseFacts } from '../../../../../shared/workflow/actions/caseFactsAmendment';
import { ActionRefusedError, ConflictError } from '../../../db/errors';
import { caseRepository } from '../../../store/caseStore';
import type { CaseworkSession } from '../../../store/useCaseworkSession';
import { userErrorMessage, type UserErrorMessage } from '../../../ui/userErrorMessage';

export type AmendmentState =
  | { kind: 'editing' }
  | { kind: 'saving' }
  | { kind: 'refused'; unmet: UnmetCondition[] }
  | { kind: 'conflict'; changedBy: string; changedAt: string }
  | { kind: 'failed'; message: UserErrorMessage };

export type AmendmentOutcome = { kind: 'saved' } | { kind: 'refused'; unmet: UnmetCondition[] } | { kind: 'failed' };

/**
 * Saves a section editor through the amendment action, against the version of the case
 * the editor opened on: when someone else saved in between, the store refuses with a
 * conflict and the editor keeps what was typed. The caseworker may then apply their
 * changes to the current version (a three-way merge, see useConflictMerge) or start again from it.
 */
export function useSectionAmendment(caseFile: CaseFile, session: CaseworkSession) {
  const [baseVersion, setBaseVersion] = useState(caseFile.version);
  const [state, setState] = useState<AmendmentState>({ kind: 'editing' });
  const save = useCallback(
    async (input: Record<string, unknown>, expectedVersion = baseVersion): Promise<AmendmentOutcome> => {
      const { actor, workspace } = session;
      if (!actor) return { kind: 'failed' };
      setState({ kind: 'saving' });
      try {
        await caseRepository(workspace).applyAction(actor, { caseId: caseFile.id, expectedVersion, actionId: amendCaseFacts.id, input });
        return { kind: 'saved' };
      } catch (error) {
        if (error instanceof ActionRefusedError) {
          setState({ kind: 'refused', unmet: error.failure.unmet });
          return { kind: 'refused', unmet: error.failure.unmet };
        }
        if (error instanceof ConflictError) setState({ kind: 'conflict', changedBy: error.changedBy, changedAt: error.changedAt });
        else setState({ kind: 'failed', message: userErrorMessage(error) });
        return { kind: 'failed' };
      }
    },
    [baseVersion, caseFile.id, session],
  );
  /** From now on the editor works on the case as it is now (or at the version given: the one a merge was made on). */
  const rebase = useCallback(
    (version: number = caseFile.version) => {
      setBaseVersion(version);
      setState({ kind: 'editing' });
    },
    [caseFile.version],
  );
  /** A step outside the save failed (reading the current case for a merge): shown like a failed save. */
  const fail = useCallback((error: unknown) => setState({ kind: 'failed', message: userErrorMessage(error) }), []);
  /** Someone saved the case since this editor opened on it: a save would be refused. */
  const changedMeanwhile = caseFile.version !== baseVersion;
  return { state, save, rebase, fail, changedMeanwhile };
}
