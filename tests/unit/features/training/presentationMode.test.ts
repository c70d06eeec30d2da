import { describe, expect, it } from 'vitest';
import { useUiPreferencesStore } from '../../../../renderer/src/stores/uiPreferencesStore';

describe('presentation mode', () => {
  it('is remembered per user: one trainer turning it on leaves another user as they were', () => {
    const { setPresentationMode } = useUiPreferencesStore.getState();
    setPresentationMode('user-trainer-1', true);
    setPresentationMode('user-admin-1', true);
    setPresentationMode('user-admin-1', false);
    expect(useUiPreferencesStore.getState().presentationUsers).toEqual(['user-trainer-1']);
    setPresentationMode('user-trainer-1', true);
    expect(useUiPreferencesStore.getState().presentationUsers).toEqual(['user-trainer-1']);
  });
});
