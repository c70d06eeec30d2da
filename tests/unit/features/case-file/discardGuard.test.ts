import { describe, expect, it } from 'vitest';
import { anyFieldChanged, asksBeforeLeaving, discardGuardStep } from '../../../../renderer/src/features/case-file/editing/discardGuard';

describe('closing a section editor: confirm only when something unsaved would be lost', () => {
  it('closes an unchanged form at once, without asking', () => {
    expect(discardGuardStep(false, { kind: 'requestClose', dirty: false, saving: false })).toEqual({ confirming: false, close: true });
  });

  it('asks before closing a changed form, and does not close yet', () => {
    expect(discardGuardStep(false, { kind: 'requestClose', dirty: true, saving: false })).toEqual({ confirming: true, close: false });
  });

  it('"Keep editing" (or dismissing the question) leaves the form open with what was typed', () => {
    expect(discardGuardStep(true, { kind: 'keepEditing' })).toEqual({ confirming: false, close: false });
  });

  it('"Discard changes" closes the form', () => {
    expect(discardGuardStep(true, { kind: 'discard' })).toEqual({ confirming: false, close: true });
  });

  it('discards nothing unless the question was asked', () => {
    expect(discardGuardStep(false, { kind: 'discard' })).toEqual({ confirming: false, close: false });
  });

  it('neither closes nor asks while a save is in flight: its outcome decides', () => {
    expect(discardGuardStep(false, { kind: 'requestClose', dirty: true, saving: true })).toEqual({ confirming: false, close: false });
    expect(discardGuardStep(false, { kind: 'requestClose', dirty: false, saving: true })).toEqual({ confirming: false, close: false });
  });

  it('asking again while the question is open keeps it open', () => {
    expect(discardGuardStep(true, { kind: 'requestClose', dirty: true, saving: false })).toEqual({ confirming: true, close: false });
  });
});

describe("anyFieldChanged: react-hook-form's per-field marks, nested as the form is", () => {
  it('finds a changed field at any depth, in lists too', () => {
    expect(anyFieldChanged({ identity: { primaryName: { familyName: true } } })).toBe(true);
    expect(anyFieldChanged({ identity: { aliases: [undefined, { givenNames: true }] } })).toBe(true);
  });

  it('finds none in an untouched form or one typed back to what was recorded', () => {
    expect(anyFieldChanged({})).toBe(false);
    expect(anyFieldChanged(undefined)).toBe(false);
    expect(anyFieldChanged({ identity: { primaryName: {}, aliases: [] } })).toBe(false);
    expect(anyFieldChanged({ identity: { primaryName: { familyName: false } } })).toBe(false);
  });
});

describe('leaving the page while a section is being edited', () => {
  it('asks when unsaved changes would be lost by going to another page', () => {
    expect(asksBeforeLeaving({ dirty: true, saving: false }, '/cases/a1', '/cases')).toBe(true);
  });

  it('lets the user go without asking when nothing changed, or while a save decides', () => {
    expect(asksBeforeLeaving({ dirty: false, saving: false }, '/cases/a1', '/cases')).toBe(false);
    expect(asksBeforeLeaving({ dirty: true, saving: true }, '/cases/a1', '/cases')).toBe(false);
  });

  it('does not ask when only the query or hash of the same page changes', () => {
    expect(asksBeforeLeaving({ dirty: true, saving: false }, '/cases/a1', '/cases/a1')).toBe(false);
  });
});
