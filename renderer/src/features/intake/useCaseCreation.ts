import { useCallback, useState } from 'react';
import type { Actor, CaseFile } from '../../../../shared/model';
import type { Workspace } from '../../db/workspace';
import { caseDatabase, caseRepository } from '../../store/caseStore';
import { caseReferencePrefix, nextCaseReference } from './caseReference';
import { brusselsToday, caseFileFromIntake } from './caseFileFromIntake';
import { duplicateMatches, type DuplicateMatch } from './duplicateMatches';
import type { IntakeFormValues } from '../../ui/caseFacts/intakeSchema';

const OFFICE = 'BRU';
const REFERENCE_ATTEMPTS = 5;

export type CreationState = { kind: 'idle' } | { kind: 'checking' } | { kind: 'saving' } | { kind: 'failed'; error: unknown };

/** Looks for possible duplicates, then opens the case through the repository. */
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
        for (const name of names) found.push(...(await repository.searchByName(actor, `${name.familyName} ${name.givenNames}`, 200)).rows.map((row) => row.caseFile));
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
      const repository = caseRepository(workspace);
      const now = new Date();
      const year = Number(brusselsToday(now).slice(0, 4));
      let lastError: unknown;
      for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt += 1) {
        try {
          const highest = await caseDatabase(workspace).cases.where('reference').startsWith(caseReferencePrefix(year)).last();
          const caseFile = caseFileFromIntake(values, {
            actor,
            now,
            today: brusselsToday(now),
            reference: nextCaseReference(year, highest?.reference),
            office: OFFICE,
            training: workspace === 'training',
            newId: () => crypto.randomUUID(),
          });
          const created = await repository.create(actor, caseFile);
          setState({ kind: 'idle' });
          return created;
        } catch (error) {
          lastError = error;
          // Only a reference taken meanwhile by another window is worth another attempt.
          if (!(error instanceof Error && error.message.includes('already used'))) break;
        }
      }
      setState({ kind: 'failed', error: lastError });
      return undefined;
    },
    [actor, workspace],
  );

  return { state, findDuplicates, create, reset: () => setState({ kind: 'idle' }) };
}
