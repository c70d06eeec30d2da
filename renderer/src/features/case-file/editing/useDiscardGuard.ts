import { useCallback, useState } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';
import { asksBeforeLeaving, discardGuardStep, type DiscardGuardEvent } from './discardGuard';

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
 * is settled (at once when nothing changed, else after "Discard changes"). Leaving the page
 * with unsaved changes (a link in the navigation, Back) asks the same question: "Keep
 * editing" stays, "Discard changes" goes on to where the user was going.
 */
export function useDiscardGuard({ dirty, saving, onDiscard }: { dirty: boolean; saving: boolean; onDiscard: () => void }): DiscardGuard {
  const [confirming, setConfirming] = useState(false);
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => asksBeforeLeaving({ dirty, saving }, currentLocation.pathname, nextLocation.pathname),
    [dirty, saving],
  );
  const blocker = useBlocker(shouldBlock);
  const leaving = blocker.state === 'blocked';
  const apply = useCallback(
    (event: DiscardGuardEvent) => {
      const step = discardGuardStep(confirming, event);
      setConfirming(step.confirming);
      if (step.close) onDiscard();
    },
    [confirming, onDiscard],
  );
  const requestClose = useCallback(() => apply({ kind: 'requestClose', dirty, saving }), [apply, dirty, saving]);
  const keepEditing = useCallback(() => (leaving ? blocker.reset() : apply({ kind: 'keepEditing' })), [apply, blocker, leaving]);
  const discard = useCallback(() => (leaving ? blocker.proceed() : apply({ kind: 'discard' })), [apply, blocker, leaving]);
  return { confirming: confirming || leaving, requestClose, keepEditing, discard };
}
