/**
 * Whether closing a section editor needs the user's confirmation first: what was typed and
 * not saved is lost on close, so a changed form asks; an unchanged one closes at once.
 */
export type DiscardGuardEvent =
  /** Cancel (or any other way of closing the editor). */
  | { kind: 'requestClose'; dirty: boolean; saving: boolean }
  /** "Keep editing" in the confirmation, or the confirmation dismissed (Escape, ×). */
  | { kind: 'keepEditing' }
  /** "Discard changes" in the confirmation. */
  | { kind: 'discard' };

/**
 * Whether react-hook-form's `dirtyFields` marks any field as changed. The form's `isDirty`
 * alone also turns true when a field registers a key the recorded facts leave out (an empty
 * optional field, the amendment reason) and stays true after a value is typed back to what
 * was recorded; the per-field marks compare values, so a form typed back asks nothing.
 */
export function anyFieldChanged(dirtyFields: unknown): boolean {
  if (dirtyFields === true) return true;
  if (typeof dirtyFields !== 'object' || dirtyFields === null) return false;
  return Object.values(dirtyFields).some(anyFieldChanged);
}

export interface DiscardGuardStep {
  /** The confirmation is shown. */
  confirming: boolean;
  /** The editor closes now, dropping what was typed. */
  close: boolean;
}

export function discardGuardStep(confirming: boolean, event: DiscardGuardEvent): DiscardGuardStep {
  switch (event.kind) {
    case 'requestClose':
      // A save in flight decides whether the editor closes; closing meanwhile would lose its outcome.
      if (event.saving) return { confirming, close: false };
      return event.dirty ? { confirming: true, close: false } : { confirming: false, close: true };
    case 'keepEditing':
      return { confirming: false, close: false };
    case 'discard':
      // Only the confirmation discards: a stray event without it open closes nothing.
      return { confirming: false, close: confirming };
  }
}

/**
 * Whether a navigation away from the editor's page must first ask (the same question as
 * Cancel): only with unsaved changes, not while a save is in flight (its outcome decides),
 * and only when it leaves the page (another path), not when it changes the query or hash.
 */
export function asksBeforeLeaving(editor: { dirty: boolean; saving: boolean }, currentPath: string, nextPath: string): boolean {
  return editor.dirty && !editor.saving && currentPath !== nextPath;
}
