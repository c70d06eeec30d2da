import { afterEach, describe, expect, it } from 'vitest';
import type { SignedInUser } from '../../../../renderer/src/store/signedInUser';
import { useSessionStore } from '../../../../renderer/src/stores/sessionStore';
import { realOfficeToday, trainingToday, useTrainingStore } from '../../../../renderer/src/stores/trainingStore';
import { now } from '../../../../renderer/src/ui/clock';
import { officeDate } from '../../../../renderer/src/ui/officeDay';

const DAY_MS = 24 * 60 * 60_000;
const trainer: SignedInUser = { userId: 'user-trainer-1', displayName: 'Els Maes', role: 'trainer', username: 'els' };
const administrator: SignedInUser = { userId: 'user-admin-1', displayName: 'Tom Claes', role: 'administrator', username: 'tom' };
const caseworker: SignedInUser = { userId: 'user-caseworker-1', displayName: 'An Peeters', role: 'caseworker', username: 'an' };

afterEach(() => {
  useSessionStore.setState({ user: undefined, workspace: 'production' });
  useTrainingStore.setState({ clockOffsetDays: 0, walkthrough: undefined, loadedScenarios: [] });
});

describe('training clock', () => {
  it('moves the clock read by every screen only while the session is in the training workspace', () => {
    useSessionStore.getState().signIn(trainer, 'training');
    expect(useTrainingStore.getState().setClockOffsetDays(15)).toBe(true);
    expect(officeDate(now())).toBe(trainingToday(15));
    expect(Math.round((now().getTime() - Date.now()) / DAY_MS)).toBe(15);
  });

  it('is refused in production and restored to the real clock when an administrator leaves training', () => {
    useSessionStore.getState().signIn(administrator, 'production');
    expect(useTrainingStore.getState().setClockOffsetDays(15)).toBe(false);
    expect(officeDate(now())).toBe(realOfficeToday());

    useSessionStore.getState().switchWorkspace('training');
    useTrainingStore.getState().setClockOffsetDays(30);
    useTrainingStore.getState().startWalkthrough('readmission-deemed-accepted');
    expect(officeDate(now())).toBe(trainingToday(30));

    useSessionStore.getState().switchWorkspace('production');
    expect(useSessionStore.getState().workspace).toBe('production');
    expect(officeDate(now())).toBe(realOfficeToday());
    expect(useTrainingStore.getState().clockOffsetDays).toBe(0);
    expect(useTrainingStore.getState().walkthrough).toBeUndefined();
  });

  it('puts the real clock back at sign-out', () => {
    useSessionStore.getState().signIn(trainer, 'training');
    useTrainingStore.getState().setClockOffsetDays(3);
    useSessionStore.getState().signOut();
    expect(officeDate(now())).toBe(realOfficeToday());
  });
});

describe('workspace switch', () => {
  it('keeps a caseworker out of training and a trainer out of production', () => {
    useSessionStore.getState().signIn(caseworker, 'production');
    useSessionStore.getState().switchWorkspace('training');
    expect(useSessionStore.getState().workspace).toBe('production');
    useSessionStore.getState().signIn(trainer, 'training');
    useSessionStore.getState().switchWorkspace('production');
    expect(useSessionStore.getState().workspace).toBe('training');
  });
});
