import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseFactSection } from '../../../../../shared/workflow/actions/caseFactSections';

/**
 * Which part of the facts is being edited (one at a time), and focus management: when the
 * editor closes, focus goes back to the Edit button that opened it, and a save is
 * announced.
 */
export function useSectionEditing() {
  const [editing, setEditing] = useState<CaseFactSection | undefined>();
  const [saved, setSaved] = useState<CaseFactSection | undefined>();
  const buttons = useRef(new Map<CaseFactSection, HTMLButtonElement>());
  const returnTo = useRef<CaseFactSection | undefined>(undefined);

  useEffect(() => {
    if (editing !== undefined || returnTo.current === undefined) return;
    buttons.current.get(returnTo.current)?.focus();
    returnTo.current = undefined;
  }, [editing]);

  const open = useCallback((section: CaseFactSection) => {
    setSaved(undefined);
    setEditing(section);
  }, []);

  const close = useCallback(
    (wasSaved: boolean) => {
      returnTo.current = editing;
      setSaved(wasSaved ? editing : undefined);
      setEditing(undefined);
    },
    [editing],
  );

  const buttonRef = useCallback(
    (section: CaseFactSection) => (element: HTMLButtonElement | null) => {
      if (element) buttons.current.set(section, element);
      else buttons.current.delete(section);
    },
    [],
  );

  return { editing, saved, open, close, buttonRef };
}
