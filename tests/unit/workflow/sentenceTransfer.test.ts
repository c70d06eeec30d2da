import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseFileExportSchema, type CaseFile, type Custody } from '../../../shared/model';
import { caseworker, otherSupervisor, supervisor } from '../arbitraries/caseFileBuilder';
import { run, succeeded, unmetIds } from './workflowTestKit';

function fixture(name: string): CaseFile {
  const document = CaseFileExportSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', name), 'utf8')));
  const [caseFile] = document.cases;
  if (caseFile === undefined) throw new Error(`${name} holds no case`);
  return caseFile;
}

function withCustody(caseFile: CaseFile, change: Partial<Custody>): CaseFile {
  if (caseFile.custody === undefined) throw new Error('No custody in the fixture');
  return { ...caseFile, custody: { ...caseFile.custody, ...change } };
}

const albanian = fixture('albania-custody-expulsion.json');

describe("requestSentenceTransfer guard: the rules' transfer eligibility (ETS 112 Art. 3; BE–AL 2010; ETS 167; FD 2008/909)", () => {
  it.each<[string, CaseFile, string[]]>([
    ['Albanian national, final judgment, 8 months left, expulsion order, opinion on file: allowed under the Belgium–Albania agreement', albanian, []],
    [
      'the same with 5 months left (expected end 23 Apr 2027): not allowed (ETS 112 Art. 3(1)(c))',
      withCustody(albanian, { expectedEnd: '2027-04-23' }),
      ['TST-3'],
    ],
    ['finality of the judgment not recorded: unknown, never met (ETS 112 Art. 3(1)(b))', withCustody(albanian, { judgmentFinal: undefined }), ['TST-2']],
    ['opinion of the person not on file while consent is bypassed (BE–AL 2010)', withCustody(albanian, { opinion: undefined }), ['TST-5']],
  ])('%s', (_label, caseFile, expectedIds) => {
    const result = run('requestSentenceTransfer', caseFile, caseworker, {});
    if (expectedIds.length === 0) expect(result.ok).toBe(true);
    else expect(unmetIds(result)).toEqual(expect.arrayContaining(expectedIds));
  });

  it('a national of a state not found among the parties cannot be requested: the party lists must be verified first (TST-7)', () => {
    const result = run('requestSentenceTransfer', fixture('no-transfer-instrument.json'), caseworker, {});
    expect(unmetIds(result)).toEqual(expect.arrayContaining(['TST-7']));
    expect(result.ok ? '' : result.failure.unmet.find((condition) => condition.id === 'TST-7')?.message).toContain('not found among the parties');
  });

  it("the request is four-eyes: proposed by a caseworker, performed on a supervisor's approval", () => {
    const proposed = succeeded(run('requestSentenceTransfer', albanian, caseworker, { requestSentOn: '2026-11-23' }));
    expect(proposed.stage).toBe('TST_ASSESSMENT');
    const approved = succeeded(run('approvePendingAction', proposed, supervisor, { approvalId: proposed.pendingApprovals[0]?.id }));
    expect(approved.stage).toBe('TST_REQUESTED');
    expect(approved.sentenceTransfers[0]).toMatchObject({ status: 'requested', requestSentOn: '2026-11-23' });
    expect(approved.decisions.at(-1)).toMatchObject({ type: 'sentence_transfer' });
    expect(unmetIds(run('approvePendingAction', proposed, caseworker, { approvalId: proposed.pendingApprovals[0]?.id }))).toContain('role');
    expect(otherSupervisor.role).toBe('supervisor');
  });

  it('outcome: refused needs the reason; transferred ends custody', () => {
    const requested: CaseFile = {
      ...albanian,
      stage: 'TST_REQUESTED',
      sentenceTransfers: albanian.sentenceTransfers.map((transfer) => ({ ...transfer, status: 'requested', requestSentOn: '2026-11-23' })),
    };
    expect(unmetIds(run('recordTransferOutcome', requested, caseworker, { outcome: 'refused', on: '2026-11-23' }))).toEqual(['refusal_reason']);
    const transferred = succeeded(run('recordTransferOutcome', requested, caseworker, { outcome: 'transferred', on: '2026-11-23' }));
    expect(transferred.stage).toBe('TST_TRANSFERRED');
    expect(transferred.custody?.releasedOn).toBe('2026-11-23');
    expect(succeeded(run('closeCase', transferred, caseworker, {})).closureReason).toBe('sentence_transferred');
  });
});
