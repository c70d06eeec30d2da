import { describe, expect, it } from 'vitest';
import { CaseFileSchema, StageSchema, type Actor, type CaseFile } from '../../../shared/model';
import { assessReturnRoutes, assessTransferEligibility, caseDeadlines } from '../../../shared/rules';
import { custodyTransferOverview } from '../../../shared/reports';
import { availableActions } from '../../../shared/workflow';
import { ALBANIAN_PRISONERS, caseloadPresets, caseloadSize, generateCaseload, generateCaseloadChunk, type CaseloadOptions } from '../../../shared/training';

const today = '2026-11-23';

function run(options: CaseloadOptions): CaseFile[] {
  return [...generateCaseload(options)];
}

describe('generateCaseload', () => {
  it('gives the same caseload for the same seed, and another for another seed', () => {
    const options: CaseloadOptions = { seed: 'study-visit-2026', preset: 'mixed', count: 300, today };
    const first = run(options);
    const second = run(options);
    expect(second).toEqual(first);
    const other = run({ ...options, seed: 'study-visit-2027' });
    expect(other).toHaveLength(first.length);
    expect(other.map((caseFile) => caseFile.id)).not.toEqual(first.map((caseFile) => caseFile.id));
    expect(other.map((caseFile) => caseFile.stage)).not.toEqual(first.map((caseFile) => caseFile.stage));
  });

  it('produces chunks that concatenate to the whole run', () => {
    const options: CaseloadOptions = { seed: 42, preset: 'mixed', count: 250, today };
    const chunks = [
      generateCaseloadChunk(options, { from: 0, to: 100 }),
      generateCaseloadChunk(options, { from: 100, to: 200 }),
      generateCaseloadChunk(options, { from: 200, to: 250 }),
    ];
    expect(chunks.flat()).toEqual(run(options));
  });

  it.each(caseloadPresets)('every case of the %s preset validates against the case-file schema and is a training case', (preset) => {
    const cases = run({ seed: 7, preset, count: 400, today });
    expect(cases).toHaveLength(caseloadSize({ preset, count: 400 }));
    for (const caseFile of cases) {
      const parsed = CaseFileSchema.safeParse(caseFile);
      expect(parsed.success ? [] : parsed.error.issues.map((issue) => `${caseFile.reference} ${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
      expect(caseFile.training).toBe(true);
      expect(caseFile.reference).toMatch(/^TRN-2026-\d{6}$/);
    }
    expect(new Set(cases.map((caseFile) => caseFile.reference)).size).toBe(cases.length);
  });

  it('spreads the mixed caseload over the stages of the workflow', () => {
    const stages = new Set(run({ seed: 3, preset: 'mixed', count: 2000, today }).map((caseFile) => caseFile.stage));
    expect(stages).toEqual(new Set(StageSchema.options));
  });

  it('writes names with their diacritics for Albanian and Kosovar nationals', () => {
    const names = run({ seed: 11, preset: 'mixed', count: 2000, today })
      .filter((caseFile) => ['AL', 'XK'].includes(caseFile.nationalities[0]?.country ?? ''))
      .map((caseFile) => `${caseFile.identities[0]?.givenNames ?? ''} ${caseFile.identities[0]?.familyName ?? ''}`);
    expect(names.some((name) => /[ëçËÇ]/.test(name))).toBe(true);
  });

  it('the 307 / 253 preset gives exactly those counts in the custody-and-transfer figures', () => {
    for (const seed of [1, 'ministers', 99]) {
      const cases = run({ seed, preset: 'albanianPrisoners', today });
      expect(cases).toHaveLength(ALBANIAN_PRISONERS.total);
      // Counted by the supervisors' custody-and-transfer overview itself (one rule for custody and residence).
      const albania = custodyTransferOverview(cases, today, 'training').rows.find((row) => row.nationality === 'AL');
      expect({ inCustody: albania?.inCustody, noRightOfResidence: albania?.noRightOfResidence }).toEqual({ inCustody: 307, noRightOfResidence: 253 });
    }
  });

  it('gives cases the rules and the workflow can read: every stage offers its actions, detained cases have an open detention title within its authorisation', () => {
    const trainer: Actor = { userId: 'user-trainer-demo', displayName: 'Training', role: 'trainer' };
    const now = new Date(`${today}T12:00:00+01:00`);
    for (const caseFile of run({ seed: 'rules', preset: 'mixed', count: 600, today })) {
      expect(() => [assessTransferEligibility(caseFile, today), assessReturnRoutes(caseFile, today), caseDeadlines(caseFile, today)]).not.toThrow();
      const actions = availableActions(caseFile, trainer, now);
      expect(actions.length).toBeGreaterThan(0);
      if (caseFile.stage === 'DETAINED') {
        expect(caseFile.detentionPeriods.some((period) => period.endedOn === undefined)).toBe(true);
        // Plausible: nobody is held past an authorisation (the generator records the extensions).
        expect(
          caseDeadlines(caseFile, today)
            .filter((deadline) => deadline.kind.startsWith('detention') && deadline.state === 'overdue')
            .map((deadline) => `${caseFile.reference} ${deadline.kind}`),
        ).toEqual([]);
      }
      if (caseFile.stage === 'CLOSED') expect(caseFile.closureReason).toBeDefined();
      if (caseFile.stage === 'SUSPENDED' || caseFile.stage === 'ABSCONDED') expect(caseFile.resumeStage).toBeDefined();
    }
  });

  it('is lazy: asking for the first cases of 100,000 does not build the others', () => {
    const iterator = generateCaseload({ seed: 1, preset: 'mixed', count: 100_000, today });
    const started = performance.now();
    const firstTen = Array.from({ length: 10 }, () => iterator.next().value);
    expect(firstTen.every((caseFile) => caseFile !== undefined)).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
