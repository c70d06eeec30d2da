/** Helpers shared by the workflow tests: run an action and read its unmet condition ids. */
import { expect } from 'vitest';
import type { Actor, CaseFile } from '../../../shared/model';
import { executeAction, type ActionResult } from '../../../shared/workflow';

export const today = '2026-11-23';
/** 10:00 in Brussels on 23 November 2026. */
export const now = new Date('2026-11-23T09:00:00.000Z');

export function run(actionId: string, caseFile: CaseFile, actor: Actor, input: unknown = {}, at: Date = now): ActionResult {
  return executeAction(actionId, caseFile, actor, at, input);
}

export function unmetIds(result: ActionResult): string[] {
  return result.ok ? [] : result.failure.unmet.map((condition) => condition.id);
}

/** The case after a successful action; fails the test with the unmet conditions otherwise. */
export function succeeded(result: ActionResult): CaseFile {
  if (!result.ok) expect.fail(`Expected success, got: ${result.failure.unmet.map((condition) => `${condition.id}: ${condition.message}`).join('; ')}`);
  return result.caseFile;
}

/** Every unmet condition carries words for the caseworker and a legal basis. */
export function expectExplained(result: ActionResult): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  for (const condition of result.failure.unmet) {
    expect(condition.message.length).toBeGreaterThan(10);
    expect(condition.legalBasis.length).toBeGreaterThan(3);
  }
}
