import { useCallback, useState } from 'react';
import type { Actor, CaseFile } from '../../../../shared/model';
import type { Workspace } from '../../db/workspace';
import { caseRepository } from '../../store/caseStore';
import { brusselsToday, caseFileFromIntake } from './caseFileFromIntake';
import type { DuplicateMatch } from './duplicateMatches';
import { findLikelyDuplicates } from './duplicateSearch';
import type { IntakeFormValues } from '../../ui/caseFacts/intakeSchema';

export type CreationState = { kind: 'idle' } | { kind: 'checking' } | { kind: 'saving' } | { kind: 'failed'; error: unknown };

/** Looks for possible duplicates, then opens the case: the workflow's openCase action, through the repository (which numbers it). */
export function useCaseCreation(actor: Actor | undefined, workspace: Workspace) {
  const [state, setState] = useState<CreationState>({ kind: 'idle' });

  const findDuplicates = useCallback(
    async (values: IntakeFormValues): Promise<DuplicateMatch[]> => {
      if (!actor) return [];
      setState({ kind: 'checking' });
      try {
        const numbers = values.documents.documents.flatMap((document) => (document.number ? [document.number] : []));
        const matches = await findLikelyDuplicates(caseRepository(workspace), actor, {
          names: [values.identity.primaryName, ...values.identity.aliases],
          dateOfBirth: values.identity.person.dateOfBirth,
          dateOfBirthEstimated: values.identity.person.dateOfBirthEstimated,
          documentNumbers: numbers,
        });
        setState({ kind: 'idle' });
        return matches;
      } catch (error) {
        setState({ kind: 'failed', error });
        throw error;
      }
    },
    [actor, workspace],
  );

  const create = useCallback(
    async (values: IntakeFormValues): Promise<CaseFile | undefined> => {
      if (!actor) return undefined;
      setState({ kind: 'saving' });
      try {
        const now = new Date();
        const newCase = caseFileFromIntake(values, { actor, now, today: brusselsToday(now), newId: () => crypto.randomUUID() });
        const opened = await caseRepository(workspace).openCase(actor, newCase);
        setState({ kind: 'idle' });
        return opened;
      } catch (error) {
        // Typed errors (CaseReferenceClashError, PermissionError, ActionRefusedError) are worded by userErrorMessage.
        setState({ kind: 'failed', error });
        return undefined;
      }
    },
    [actor, workspace],
  );

  return { state, findDuplicates, create, reset: () => setState({ kind: 'idle' }) };
}
