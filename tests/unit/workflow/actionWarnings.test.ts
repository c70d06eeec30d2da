import { describe, expect, it } from 'vitest';
import { actionWarnings } from '../../../shared/workflow';
import { buildCaseFile, buildCustody, buildOrderToLeave } from '../arbitraries/caseFileBuilder';
import { voluntaryWalk } from './caseWalks';

/**
 * Issue 12 item 7: warnings where the law or practice expects them.
 * Return detention prepares a removal (Directive 2008/115/EC Art. 15(1)) and follows the
 * release from prison (Aliens Act Art. 7, third paragraph): ordering it while a recorded
 * sentence still runs warns and names the end of the sentence. Closing a case with open
 * deadlines names each (office procedure: nothing is left unanswered silently).
 */
const today = '2026-09-01';

describe('return detention while a prison sentence runs (RD Art. 15(1); Aliens Act Art. 7 §3)', () => {
  it.each<[string, Parameters<typeof buildCustody>[0] | undefined, Record<string, unknown>, string[]]>([
    ['sentence running another year', { expectedEnd: '2027-09-01' }, { detentionType: 'return' }, ['warning.detention_during_sentence']],
    ['type not chosen yet', { expectedEnd: '2027-09-01' }, {}, ['warning.detention_during_sentence']],
    ['end of sentence not recorded', { expectedEnd: undefined }, { detentionType: 'return' }, ['warning.detention_during_sentence_end_unknown']],
    ['sentence ended', { expectedEnd: '2026-08-31' }, { detentionType: 'return' }, []],
    ['released', { expectedEnd: '2027-09-01', releasedOn: '2026-08-20' }, { detentionType: 'return' }, []],
    ['Dublin detention', { expectedEnd: '2027-09-01' }, { detentionType: 'dublin' }, []],
    ['no custody recorded', undefined, { detentionType: 'return' }, []],
  ])('%s', (_label, custody, input, expected) => {
    const caseFile = buildCaseFile({ ...(custody === undefined ? {} : { custody: buildCustody(custody) }) });
    expect(actionWarnings('detain', caseFile, today, input).map((warning) => warning.message.key)).toEqual(expected);
  });

  it('names the end of the sentence and cites the rule', () => {
    const [warning] = actionWarnings('detain', buildCaseFile({ custody: buildCustody({ expectedEnd: '2027-09-01' }) }), today, {});
    expect(warning?.message.params).toEqual({ date: '2027-09-01' });
    expect(warning?.message.text).toContain('2027-09-01');
    expect(warning?.legalBasis).toBe('Directive 2008/115/EC Art. 15(1); Aliens Act Art. 7, third paragraph');
  });
});

describe('closing a case with open deadlines says which (office procedure)', () => {
  it('a running voluntary departure period is named with its due date', () => {
    const caseFile = buildCaseFile({ decisions: [buildOrderToLeave({ decidedOn: '2026-08-25', notifiedOn: '2026-08-25', departureDays: 30 })] });
    const [warning] = actionWarnings('closeCase', caseFile, today);
    expect(warning?.message.key).toBe('warning.close_with_open_deadlines');
    expect(warning?.message.params).toEqual({ count: 1 });
    expect(warning?.deadlines?.map((deadline) => [deadline.labelKey, deadline.dueDate])).toEqual([['deadlines.voluntary_departure', '2026-09-24']]);
    expect(actionWarnings('closeAsRemoved', caseFile, today)).toHaveLength(1);
  });

  it('no warning when nothing is open: a voluntary departure confirmed, and other actions never warn', () => {
    const walk = voluntaryWalk('iom');
    const beforeClosing = walk.steps.at(-1)?.before;
    if (beforeClosing === undefined) throw new Error('The walk has no closing step');
    expect(actionWarnings('closeCase', beforeClosing, walk.today)).toEqual([]);
    expect(actionWarnings('startIdentification', buildCaseFile({ custody: buildCustody({ expectedEnd: '2027-09-01' }) }), today)).toEqual([]);
  });
});
