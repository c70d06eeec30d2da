import { create } from 'zustand';
import type { CalendarDate } from '../../../shared/reference';
import { addCalendarDays, daysBetween } from '../../../shared/rules/deadlines/calendarArithmetic';
import type { ScenarioId } from '../../../shared/training/scenarioLibrary';
import { setClockSource } from '../ui/clock';
import { officeDate } from '../ui/officeDay';
import { useSessionStore } from './sessionStore';

const DAY_MS = 24 * 60 * 60_000;

export interface WalkthroughProgress {
  scenarioId: ScenarioId;
  /** Index of the step shown. */
  step: number;
}

/**
 * The trainer's session in the training workspace, in memory only (never persisted, never
 * read by the production workspace): the scenarios loaded (what a reset loads again), how
 * many days the training clock is moved, and the walkthrough in progress (so the side panel
 * follows navigation).
 */
interface TrainingState {
  loadedScenarios: ScenarioId[];
  clockOffsetDays: number;
  walkthrough?: WalkthroughProgress;
  markLoaded: (ids: readonly ScenarioId[]) => void;
  setLoaded: (ids: readonly ScenarioId[]) => void;
  /** Moves the training clock; refused (returns false) outside the training workspace. */
  setClockOffsetDays: (days: number) => boolean;
  startWalkthrough: (scenarioId: ScenarioId) => void;
  goToStep: (step: number) => void;
  closeWalkthrough: () => void;
}

export const useTrainingStore = create<TrainingState>()((set) => ({
  loadedScenarios: [],
  clockOffsetDays: 0,
  markLoaded: (ids) => set((state) => ({ loadedScenarios: [...state.loadedScenarios, ...ids.filter((id) => !state.loadedScenarios.includes(id))] })),
  setLoaded: (ids) => set({ loadedScenarios: [...ids] }),
  setClockOffsetDays: (days) => {
    if (useSessionStore.getState().workspace !== 'training') return false;
    set({ clockOffsetDays: Math.round(days) });
    return true;
  },
  startWalkthrough: (scenarioId) => set({ walkthrough: { scenarioId, step: 0 } }),
  goToStep: (step) => set((state) => (state.walkthrough ? { walkthrough: { ...state.walkthrough, step: Math.max(0, step) } } : {})),
  closeWalkthrough: () => set({ walkthrough: undefined }),
}));

/** Today of the real clock at the office: what "back to real today" returns to. */
export function realOfficeToday(): CalendarDate {
  return officeDate(new Date());
}

/** The training clock's today for an offset. */
export function trainingToday(offsetDays: number): CalendarDate {
  return addCalendarDays(realOfficeToday(), offsetDays);
}

/** The offset that makes the training clock read `date`. */
export function offsetForToday(date: CalendarDate): number {
  return daysBetween(realOfficeToday(), date);
}

/**
 * The one place the clock source is set for training: only while the session's workspace
 * is training and the clock is moved. Any other state (production, signed out, offset 0)
 * puts the system clock back, so production never reads a moved clock.
 */
function applyTrainingClock(): void {
  const { workspace, user } = useSessionStore.getState();
  const { clockOffsetDays } = useTrainingStore.getState();
  if (user && workspace === 'training' && clockOffsetDays !== 0) {
    const offsetMs = clockOffsetDays * DAY_MS;
    setClockSource(() => new Date(Date.now() + offsetMs));
  } else {
    setClockSource(undefined);
  }
}

let lastWorkspace = useSessionStore.getState().workspace;
useSessionStore.subscribe((state) => {
  // Leaving training (or signing out) forgets the moved clock and the walkthrough.
  if ((state.workspace !== 'training' && lastWorkspace === 'training') || !state.user) {
    if (useTrainingStore.getState().clockOffsetDays !== 0 || useTrainingStore.getState().walkthrough)
      useTrainingStore.setState({ clockOffsetDays: 0, walkthrough: undefined });
  }
  lastWorkspace = state.workspace;
  applyTrainingClock();
});
useTrainingStore.subscribe((state, previous) => {
  if (state.clockOffsetDays !== previous.clockOffsetDays) applyTrainingClock();
});
