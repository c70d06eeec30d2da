import { useCallback, useState } from 'react';
import { discardGuardStep, type DiscardGuardEvent } from './discardGuard';

export interface DiscardGuard {
  /** The "discard your changes?" confirmation is open. */
  confirming: boolean;
  /** Closes the editor, after a confirmation when the form has unsaved changes. */
  requestClose: () => void;
  keepEditing: () => void;
  discard: () => void;
}

/**
 * Guards closing an editor with unsaved changes (react-hook-form's `isDirty`): the editor
 * calls `requestClose` wherever it closes without saving, and `onDiscard` runs once closing
 * is settled (at once when nothing changed, else after "Discard changes").
 */
export function useDiscardGuard({ dirty, saving, onDiscard }: { dirty: boolean; saving: boolean; onDiscard: () => void }): DiscardGuard {
  const [confirming, setConfirming] = useState(false);
  const apply = useCallback(
    (event: DiscardGuardEvent) => {
      const step = discardGuardStep(confirming, event);
      setConfirming(step.confirming);
      if (step.close) onDiscard();
    },
    [confirming, onDiscard],
  );
  const requestClose = useCallback(() => apply({ kind: 'requestClose', dirty, saving }), [apply, dirty, saving]);
  const keepEditing = useCallback(() => apply({ kind: 'keepEditing' }), [apply]);
  const discard = useCallback(() => apply({ kind: 'discard' }), [apply]);
  return { confirming, requestClose, keepEditing, discard };
}
