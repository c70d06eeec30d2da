import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { draftHasContent, intakeFromDraft } from './draftValues';
import type { Actor } from '../../../../shared/model/actor';
import { WorkspaceLockedError } from '../../db/errors';
import type { Workspace } from '../../db/workspace';
import { useSessionStore } from '../../stores/sessionStore';
import { intakeDraftRepository, type IntakeDraft } from '../../store/intakeDraftStore';
import type { IntakeFormInput, IntakeFormValues } from '../../ui/caseFacts/intakeSchema';
import { clampStep } from '../../ui/caseFacts/intakeSteps';

const SAVE_DELAY_MS = 600;

/** `locked`: this window does not hold the workspace key (reloaded since the password), so nothing is kept until it is typed. */
export type DraftStatus = { kind: 'idle' } | { kind: 'saved'; at: string } | { kind: 'failed' } | { kind: 'locked' };

export interface IntakeDraftControl {
  /** A draft found on opening, offered back until the caseworker resumes or discards it. */
  offered: IntakeDraft | undefined;
  status: DraftStatus;
  resume: () => number;
  discard: () => Promise<void>;
  /** After the case is saved: the draft has served its purpose. */
  clear: () => Promise<void>;
}

/** Whose draft, in which workspace (the draft lives in that workspace's database). */
export interface IntakeDraftOwner {
  actor: Actor;
  workspace: Workspace;
}

/**
 * Saves the intake as the caseworker types (debounced) and offers a stored draft back on
 * opening. Saving pauses while a draft is on offer, so the offer is never overwritten by
 * the empty form.
 *
 * Drafts are encrypted under the workspace data key, which this window holds only once the
 * password was typed here. A window reloaded since then with a stored draft locks the screen
 * (the lock screen asks for the password, which brings the key back) and reads the draft
 * after the unlock; without a stored draft it says that nothing is kept until the password
 * is entered (`locked` status, whose button locks the screen), and saves after the unlock.
 * Saving waits for the first read, and pauses while the screen is locked.
 */
export function useIntakeDraft(
  form: UseFormReturn<IntakeFormInput, unknown, IntakeFormValues>,
  owner: IntakeDraftOwner | undefined,
  step: number,
): IntakeDraftControl {
  const [offered, setOffered] = useState<IntakeDraft | undefined>();
  const [status, setStatus] = useState<DraftStatus>({ kind: 'idle' });
  const [loaded, setLoaded] = useState(false);
  const stepRef = useRef(step);
  stepRef.current = step;
  // Asked once per opening: an account that never received the key is not sent back to the lock screen again and again.
  const askedForKey = useRef(false);
  const locked = useSessionStore((state) => state.locked);
  const actor = owner?.actor;
  const workspace = owner?.workspace;

  useEffect(() => {
    if (!actor || !workspace || locked || loaded) return;
    let cancelled = false;
    let waitingForKey = false;
    void intakeDraftRepository(workspace)
      .load(actor)
      .then((draft) => {
        if (!cancelled && draft && draftHasContent(intakeFromDraft(draft.values))) setOffered(draft);
      })
      .catch((error: unknown) => {
        if (cancelled || !(error instanceof WorkspaceLockedError) || error.reason !== 'locked' || askedForKey.current) return;
        askedForKey.current = true;
        waitingForKey = true;
        useSessionStore.getState().lock();
      })
      .finally(() => {
        if (!cancelled && !waitingForKey) setLoaded(true);
      });
    return () => {
      cancelled = true;
    };
  }, [actor, workspace, locked, loaded]);

  const save = useCallback(async () => {
    if (!actor || !workspace || useSessionStore.getState().locked) return;
    const values = form.getValues();
    if (!draftHasContent(values)) return;
    const savedAt = new Date().toISOString();
    try {
      await intakeDraftRepository(workspace).save(actor, { savedAt, step: stepRef.current, values: { ...values } });
      setStatus({ kind: 'saved', at: savedAt });
    } catch (error) {
      setStatus(error instanceof WorkspaceLockedError && error.reason === 'locked' ? { kind: 'locked' } : { kind: 'failed' });
    }
  }, [form, actor, workspace]);

  // Back from the lock screen with the key: what was typed meanwhile is kept at once.
  const waitingForKey = status.kind === 'locked';
  useEffect(() => {
    if (waitingForKey && !locked) void save();
  }, [waitingForKey, locked, save]);

  const paused = !loaded || offered !== undefined;
  useEffect(() => {
    if (paused) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = form.watch(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void save(), SAVE_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [form, paused, save]);

  // A step change is worth saving at once (the caseworker may close the window next).
  useEffect(() => {
    if (!paused) void save();
  }, [step, paused, save]);

  const resume = useCallback(() => {
    if (!offered) return 0;
    form.reset(intakeFromDraft(offered.values));
    setOffered(undefined);
    return clampStep(offered.step);
  }, [form, offered]);

  const discard = useCallback(async () => {
    setOffered(undefined);
    if (actor && workspace)
      await intakeDraftRepository(workspace)
        .discard(actor)
        .catch(() => undefined);
  }, [actor, workspace]);

  const clear = useCallback(async () => {
    if (actor && workspace)
      await intakeDraftRepository(workspace)
        .discard(actor)
        .catch(() => undefined);
    setStatus({ kind: 'idle' });
  }, [actor, workspace]);

  return { offered, status, resume, discard, clear };
}
