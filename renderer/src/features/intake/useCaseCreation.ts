import { useCallback, useState } from 'react';
import type { Actor, CaseFile } from '../../../../shared/model';
import type { Workspace } from '../../db/workspace';
import { caseRepository } from '../../store/caseStore';
import { brusselsToday, caseFileFromIntake } from './caseFileFromIntake';
import { duplicateMatches, type DuplicateMatch } from './duplicateMatches';
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
        const repository = caseRepository(workspace);
        const names = [values.identity.primaryName, ...values.identity.aliases];
        const numbers = values.documents.documents.flatMap((document) => (document.number ? [document.number] : []));
        const found: CaseFile[] = [];
        for (const name of names)
          found.push(...(await repository.searchByName(actor, `${name.familyName} ${name.givenNames}`, 200)).rows.map((row) => row.caseFile));
        for (const number of numbers) found.push(...(await repository.findByDocumentNumber(actor, number)).rows.map((row) => row.caseFile));
        setState({ kind: 'idle' });
        return duplicateMatches({ names, dateOfBirth: values.identity.person.dateOfBirth, documentNumbers: numbers }, found);
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
