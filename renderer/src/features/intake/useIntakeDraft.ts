import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { draftHasContent, intakeFromDraft } from './draftValues';
import { discardIntakeDraft, loadIntakeDraft, saveIntakeDraft, type IntakeDraft } from './intakeDraftStore';
import type { IntakeFormInput, IntakeFormValues } from './intakeSchema';
import { clampStep } from './intakeSteps';

const SAVE_DELAY_MS = 600;

export type DraftStatus = { kind: 'idle' } | { kind: 'saved'; at: string } | { kind: 'failed' };

export interface IntakeDraftControl {
  /** A draft found on opening, offered back until the caseworker resumes or discards it. */
  offered: IntakeDraft | undefined;
  status: DraftStatus;
  resume: () => number;
  discard: () => Promise<void>;
  /** After the case is saved: the draft has served its purpose. */
  clear: () => Promise<void>;
}

/**
 * Saves the intake as the caseworker types (debounced) and offers a stored draft back on
 * opening. Saving pauses while a draft is on offer, so the offer is never overwritten by
 * the empty form.
 */
export function useIntakeDraft(form: UseFormReturn<IntakeFormInput, unknown, IntakeFormValues>, key: string | undefined, step: number): IntakeDraftControl {
  const [offered, setOffered] = useState<IntakeDraft | undefined>();
  const [status, setStatus] = useState<DraftStatus>({ kind: 'idle' });
  const [loaded, setLoaded] = useState(false);
  const stepRef = useRef(step);
  stepRef.current = step;

  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    void loadIntakeDraft(key)
      .then((draft) => {
        if (!cancelled && draft && draftHasContent(intakeFromDraft(draft.values))) setOffered(draft);
      })
      .catch(() => undefined)
      .finally(() => {
        if (!cancelled) setLoaded(true);
      });
    return () => {
      cancelled = true;
    };
  }, [key]);

  const save = useCallback(async () => {
    if (!key) return;
    const values = form.getValues();
    if (!draftHasContent(values)) return;
    const savedAt = new Date().toISOString();
    try {
      await saveIntakeDraft({ key, savedAt, step: stepRef.current, values: { ...values } });
      setStatus({ kind: 'saved', at: savedAt });
    } catch {
      setStatus({ kind: 'failed' });
    }
  }, [form, key]);

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
    if (key) await discardIntakeDraft(key).catch(() => undefined);
  }, [key]);

  const clear = useCallback(async () => {
    if (key) await discardIntakeDraft(key).catch(() => undefined);
    setStatus({ kind: 'idle' });
  }, [key]);

  return { offered, status, resume, discard, clear };
}
