import { useCallback, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CaseFile } from '../../../../../shared/model';
import type { CaseFactSection } from '../../../../../shared/workflow/actions/caseFactSections';
import { threeWayMerge, type MergeChoice, type MergeConflict } from '../../../../../shared/workflow/threeWayMerge';
import { blankTextFields } from '../../../ui/caseFacts/intakeSchema';
import { withoutBlankStrings } from '../../../ui/form/blankFields';
import { caseRepository } from '../../../store/caseStore';
import type { CaseworkSession } from '../../../store/useCaseworkSession';
import { sectionFormValues, type SectionFormInput, type SectionFormValues } from './sectionForm';

export type MergeState =
  | { kind: 'none' }
  | {
      kind: 'choosing';
      version: number;
      base: SectionFormInput;
      mine: SectionFormInput;
      theirs: SectionFormInput;
      conflicts: MergeConflict[];
      choices: Record<string, MergeChoice>;
    }
  /** The merged facts are in the form, on the current version: the user checks them and saves. */
  | { kind: 'merged' };

interface ConflictMergeOptions {
  caseFile: CaseFile;
  section: CaseFactSection;
  session: CaseworkSession;
  form: UseFormReturn<SectionFormInput, unknown, SectionFormValues>;
  /** Moves the editor onto a version of the case (the amendment's expected version). */
  rebase: (version: number) => void;
}

const blankAllowed = new Set(blankTextFields);

/** The form's text as the case file records it: a blank optional field is an absent fact on every side. */
function comparable(values: SectionFormInput): SectionFormInput {
  return withoutBlankStrings(values, blankAllowed);
}

/**
 * "Apply my changes to the current version" after a conflict: a three-way merge of what the
 * editor opened on (base), what the user has typed (mine) and what is stored now (theirs).
 * The other user's changes to other fields stay; a field both changed waits for the user's
 * choice (side by side); the merged facts then go into the form, on the current version.
 */
export function useConflictMerge({ caseFile, section, session, form, rebase }: ConflictMergeOptions) {
  const [base, setBase] = useState<SectionFormInput>(() => sectionFormValues(caseFile, section));
  const [state, setState] = useState<MergeState>({ kind: 'none' });

  const putMerged = useCallback(
    (version: number, theirs: SectionFormInput, merged: SectionFormInput) => {
      // The defaults stay those the form opened on, so leaving still asks before dropping the merged changes.
      form.reset(merged, { keepDefaultValues: true });
      setBase(theirs);
      rebase(version);
      setState({ kind: 'merged' });
    },
    [form, rebase],
  );

  const applyMine = useCallback(async () => {
    const { actor, workspace } = session;
    if (!actor) return;
    const current = await caseRepository(workspace).get(actor, caseFile.id);
    const theirs = sectionFormValues(current, section);
    const mine = comparable(form.getValues());
    const opened = comparable(base);
    const result = threeWayMerge(opened, mine, comparable(theirs));
    if (result.conflicts.length === 0) putMerged(current.version, theirs, result.merged);
    else setState({ kind: 'choosing', version: current.version, base: opened, mine, theirs: comparable(theirs), conflicts: result.conflicts, choices: {} });
  }, [base, caseFile.id, form, section, session, putMerged]);

  const choose = useCallback((key: string, choice: MergeChoice) => {
    setState((current) => (current.kind === 'choosing' ? { ...current, choices: { ...current.choices, [key]: choice } } : current));
  }, []);

  const applyChoices = useCallback(() => {
    if (state.kind !== 'choosing') return;
    const { merged } = threeWayMerge(state.base, state.mine, state.theirs, state.choices);
    putMerged(state.version, state.theirs, merged);
  }, [state, putMerged]);

  /** Drops what was typed: the form starts again from the case as it is now. */
  const startAgain = useCallback(
    (current: CaseFile) => {
      const values = sectionFormValues(current, section);
      form.reset(values);
      setBase(values);
      rebase(current.version);
      setState({ kind: 'none' });
    },
    [form, rebase, section],
  );

  return { state, applyMine, choose, applyChoices, startAgain };
}
