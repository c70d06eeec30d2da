import { describe, expect, it } from 'vitest';
import type { ResidencyStatus } from '../../../shared/model';
import { buildCaseFile, buildNationality, caseworker, testMeta } from '../arbitraries/caseFileBuilder';
import { expectExplained, run, succeeded, unmetIds } from './workflowTestKit';

function assessedCase(status: ResidencyStatus['status'] = 'irregular_stay') {
  return buildCaseFile({
    stage: 'STATUS_ASSESSMENT',
    nationalities: [buildNationality('AL', 'proven')],
    residencyHistory: [{ ...testMeta(), status, from: '2026-01-10' }],
  });
}

describe('issueReturnDecision: the departure period (Aliens Act Art. 74/14; RD Art. 7)', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['30 days, the default (Art. 74/14 §1)', { departureDays: 30 }, []],
    ['20 days without reasoning: any period under 30 days must be reasoned (Art. 74/14 §1)', { departureDays: 20 }, ['departure_days_reasoned']],
    ['20 days with reasoning', { departureDays: 20, shortenedPeriodReasoning: 'Short stay visa expired' }, []],
    ['0 days without a ground or reasoning (Art. 74/14 §3; RD Art. 7(4))', { departureDays: 0 }, ['departure_days_reasoned', 'departure_days_ground']],
    [
      '0 days on public-order grounds, reasoned',
      { departureDays: 0, shortenedPeriodGrounds: ['public_order'], shortenedPeriodReasoning: 'Convicted of trafficking' },
      [],
    ],
    ['45 days: above the maximum at the outset (RD Art. 7(1))', { departureDays: 45 }, ['departure_days_maximum']],
    [
      'a decision dated in the future, notified before it was taken',
      { departureDays: 30, decidedOn: '2026-12-01' },
      ['decided_on_not_future', 'notified_after_decided'],
    ],
  ])('%s', (_label, input, expected) => {
    const result = run('issueReturnDecision', assessedCase(), caseworker, { decidedOn: '2026-11-20', notifiedOn: '2026-11-21', ...input });
    expect(unmetIds(result)).toEqual(expected);
    if (expected.length === 0) {
      const caseFile = succeeded(result);
      expect(caseFile.stage).toBe('RETURN_DECISION');
      expect(caseFile.decisions.at(-1)).toMatchObject({ type: 'order_to_leave', departureDays: input.departureDays });
    } else expectExplained(result);
  });

  it.each<[ResidencyStatus['status'], boolean]>([
    ['irregular_stay', true],
    ['asylum_rejected', true],
    ['asylum_pending', false],
    ['valid_permit', false],
  ])('residence status %s → a return decision can be issued: %s (RD Art. 6(1); APD Art. 9)', (status, allowed) => {
    // 20 days, reasoned: lawful for every residence category (Aliens Act Art. 74/14 §1), so only the residence status decides.
    const result = run('issueReturnDecision', assessedCase(status), caseworker, {
      decidedOn: '2026-11-20',
      departureDays: 20,
      shortenedPeriodReasoning: 'Not authorised to stay over three months.',
    });
    expect(result.ok).toBe(allowed);
    if (!allowed) expect(unmetIds(result)).toEqual(['stays_illegally']);
  });

  it('refuses when the residence status is not recorded (unknown is not "irregular")', () => {
    const result = run('issueReturnDecision', { ...assessedCase(), residencyHistory: [] }, caseworker, { decidedOn: '2026-11-20', departureDays: 30 });
    expect(unmetIds(result)).toEqual(['stays_illegally']);
  });

  it('lists the missing input fields in words', () => {
    const result = run('issueReturnDecision', assessedCase(), caseworker, {});
    expect(unmetIds(result)).toEqual(expect.arrayContaining(['input_decidedOn', 'input_departureDays']));
    expectExplained(result);
  });
});
