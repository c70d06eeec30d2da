import { describe, expect, it } from 'vitest';
import { administratorDraftProblems } from '../../../renderer/src/features/auth/useFirstRun';
import { idleTimeoutMs } from '../../../renderer/src/features/auth/idleLock';
import { newAccountProblems } from '../../../renderer/src/features/auth/newAccountDraft';
import { workspaceForRole, workspacesOf } from '../../../renderer/src/store/workspaceAccess';

describe('sessions', () => {
  it('locks after the idle time of the settings, 15 minutes until they are read', () => {
    expect(idleTimeoutMs(undefined)).toBe(15 * 60_000);
    expect(idleTimeoutMs({ sessionIdleMinutes: 5 })).toBe(5 * 60_000);
  });

  it('sends trainers to the training workspace whatever they chose, and lets others choose', () => {
    expect(workspaceForRole('trainer', 'production')).toBe('training');
    expect(workspaceForRole('caseworker', 'production')).toBe('production');
    expect(workspaceForRole('supervisor', 'training')).toBe('training');
    expect(workspacesOf('trainer')).toEqual(['training']);
    expect(workspacesOf('administrator')).toEqual(['production', 'training']);
  });
});

describe('account forms', () => {
  it('asks for a name, a valid user name, a 12-character password and the same password twice', () => {
    expect(administratorDraftProblems({ displayName: ' ', username: 'a b', password: 'short', confirmation: 'other' })).toEqual({
      displayName: 'auth.validation.displayNameRequired',
      username: 'auth.validation.usernameFormat',
      password: 'auth.validation.passwordLength',
      confirmation: 'auth.validation.passwordMismatch',
    });
    expect(administratorDraftProblems({ displayName: 'Anna', username: 'Anna.Admin', password: 'long enough pass', confirmation: 'long enough pass' })).toEqual(
      {},
    );
  });

  it('checks new accounts the same way', () => {
    expect(newAccountProblems({ displayName: 'Chris', username: '', role: 'caseworker', password: 'long enough pass' })).toEqual({
      username: 'auth.validation.usernameRequired',
    });
  });
});
