import { describe, expect, it } from 'vitest';
import { toCaseRow, type CaseRow } from '../../../renderer/src/db/caseRow';
import { caseSearchKeysOf } from '../../../renderer/src/db/caseSearchKeys';
import { deriveRecordKeys } from '../../../renderer/src/db/recordKeys';
import { openCaseRow, SORT_BUCKET_LENGTH, sealCaseRow } from '../../../renderer/src/db/sealedCaseRow';
import { generateCase } from '../../bench/caseGenerator';

const keys = deriveRecordKeys('key-1', new Uint8Array(32).fill(7));

describe('a sealed case row', () => {
  it('keeps in clear only its index fields, even when the row read back carries more (search keys a v8 store left in it)', () => {
    const caseFile = generateCase(3, 5);
    const family = caseFile.identities[0]?.familyName ?? '';
    const { id: _id, ...leftOver } = caseSearchKeysOf(caseFile);
    // A row of a clear store upgraded to v9: its old search keys, in clear, still in the row.
    const row = { ...toCaseRow(caseFile), ...leftOver, auditEvent: 'a'.repeat(64) } as CaseRow;
    const sealed = sealCaseRow(row, keys, 'ercms-production');
    expect(Object.keys(sealed).sort()).toEqual(
      ['id', 'reference', 'stage', 'updatedAt', 'assignee', 'nationality', 'route', 'deadlineOrder', 'sortName', 'auditEvent', 'keyId', 'sealed']
        .concat(row.nextDeadline === undefined ? [] : ['nextDeadline'])
        .concat(row.awaitingApprovalSince === undefined ? [] : ['awaitingApprovalSince'])
        .sort(),
    );
    expect(sealed.sortName).toHaveLength(SORT_BUCKET_LENGTH);
    const clear = JSON.stringify({ ...sealed, sealed: undefined }).toLowerCase();
    expect(family.length).toBeGreaterThan(2);
    expect(clear).not.toContain(family.toLowerCase().slice(0, 4));
    expect(openCaseRow(sealed, () => keys, 'ercms-production').caseFile).toEqual(caseFile);
  });
});
