import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ErcmsDatabase, LATEST_SCHEMA_VERSION, schemaVersions } from '../../../renderer/src/db/database';
import { Dexie } from 'dexie';
import type { CaseFile } from '../../../shared/model/caseFile';
import { addCountDeltas } from '../../../renderer/src/db/caseCounts';
import { queryCases } from '../../../renderer/src/db/caseQuery';
import { readCounts } from '../../../renderer/src/db/caseRepository';
import { sortNameOf, toCaseRow, v3IndexFields } from '../../../renderer/src/db/caseRow';
import { searchByDocumentNumber, searchByName, searchCases } from '../../../renderer/src/db/caseSearch';
import { documentNumberOf, generateCases } from '../../bench/caseGenerator';
import { INFIX_MARK, PHONETIC_MARK } from '../../../shared/search/nameSearchKeys';
import { numberPartKey } from '../../../shared/search/numberTails';
import { caseSearchKeysOf, nameKeysOf, numberTailsOf, type CaseSearchKeys } from '../../../renderer/src/db/caseSearchKeys';
import type { CaseRow } from '../../../renderer/src/db/caseRow';

/** A case row as schemas v6 to v8 stored it, with its search keys. */
type V8CaseRow = CaseRow & Pick<CaseSearchKeys, 'nameKeys' | 'numberTails' | 'documentNumbers'>;

describe('schema migrations', () => {
  it('declares versions in order, ending at the latest', () => {
    expect(schemaVersions.map((entry) => entry.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(LATEST_SCHEMA_VERSION).toBe(9);
  });

  it('keeps every record when a database is opened from the oldest version', async () => {
    const indexedDB = new IDBFactory();
    const cases = generateCases(0, 250, 3);
    const oldDb = new ErcmsDatabase('ercms-migration', { schemaVersion: 1, indexedDB, IDBKeyRange });
    // Version 1 stored the case files as they are.
    await oldDb.table('cases').bulkAdd(cases);
    await oldDb.table('users').add({
      id: 'user-admin-1',
      username: 'admin',
      displayName: 'Tom Claes',
      role: 'administrator',
      active: true,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      updatedBy: 'system',
      version: 1,
    });
    await oldDb.table('audit').add({
      sequence: 1,
      id: '00000000-0000-4000-8000-000000000001',
      caseId: cases[0]?.id,
      actor: { userId: 'u', displayName: 'U', role: 'caseworker' },
      at: '2025-01-01T00:00:00.000Z',
      action: 'case.created',
      changes: [],
      previousHash: '0'.repeat(64),
      hash: 'a'.repeat(64),
    });
    expect(oldDb.verno).toBe(1);
    oldDb.close();

    const db = new ErcmsDatabase('ercms-migration', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const rows = await db.cases.toArray();
    expect(rows).toHaveLength(cases.length);
    for (const caseFile of cases) {
      const row = await db.cases.get(caseFile.id);
      expect(row?.caseFile).toEqual(caseFile);
      expect(row?.reference).toBe(caseFile.reference);
      expect((await db.caseKeys.get(caseFile.id))?.nameKeys.length).toBeGreaterThan(0);
    }
    expect(await db.users.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
    // The new indexes and counts work on migrated data.
    const counts = await readCounts(db);
    expect(counts.total).toBe(cases.length);
    expect(Object.values(counts.byStage).reduce((sum, n) => sum + n, 0)).toBe(cases.length);
    expect((await searchByDocumentNumber(db, documentNumberOf(17))).rows.map((row) => row.id)).toEqual([cases[17]?.id]);
    expect((await searchByName(db, 'hoxhe')).rows.length).toBeGreaterThan(0);
    // …and so do v3's, derived on the way through v2.
    const byName = await queryCases(db, { sort: { column: 'name', direction: 'asc' }, pageSize: 500 });
    expect(byName.rows).toHaveLength(cases.length);
    expect(byName.rows.every((row) => row.sortName === sortNameOf(row.caseFile))).toBe(true);
    db.close();
  });

  it('v5 → v6: replaces the name tokens by the name search keys (phonetic keys included), adds the number tails, chunk by chunk, and keeps every row', async () => {
    const indexedDB = new IDBFactory();
    // More rows than one upgrade chunk (2,000), so the chunking's continuation is exercised.
    const cases = generateCases(0, 2_100, 6);
    const v5Rows = cases.map((caseFile) => ({
      ...toCaseRow(caseFile),
      documentNumbers: caseSearchKeysOf(caseFile).documentNumbers,
      nameTokens: nameKeysOf(caseFile).filter((key) => !key.startsWith(PHONETIC_MARK)),
    }));
    const oldDb = new ErcmsDatabase('ercms-migration-v6', { schemaVersion: 5, indexedDB, IDBKeyRange });
    await oldDb.table('cases').bulkAdd(v5Rows);
    oldDb.close();

    const db = new ErcmsDatabase('ercms-migration-v6', { schemaVersion: 6, indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.cases.count()).toBe(cases.length);
    const v6Cases = db.table<V8CaseRow, string>('cases');
    const rows = await v6Cases.toArray();
    expect(rows.every((row) => !('nameTokens' in row) && row.nameKeys.some((key) => key.startsWith(PHONETIC_MARK)))).toBe(true);
    const last = await v6Cases.get(cases[cases.length - 1]?.id ?? '');
    expect(last?.nameKeys).toEqual(nameKeysOf(cases[cases.length - 1] as CaseFile));
    expect(last?.numberTails).toEqual(numberTailsOf(cases[cases.length - 1] as CaseFile));
    // The end of a reference is found through the number tails the upgrade stored.
    expect((await v6Cases.where('numberTails').startsWith(numberPartKey('000012')).toArray()).map((row) => row.reference)).toContain(cases[11]?.reference);
    db.close();
    // The generator's "Hoxhë" is found as "Hodja" through the phonetic key the upgrade stored (carried on to v9's table).
    const latest = new ErcmsDatabase('ercms-migration-v6', { indexedDB, IDBKeyRange });
    const found = await searchByName(latest, 'Hodja');
    expect(found.rows.length).toBeGreaterThan(0);
    expect(found.rows.every((row) => nameKeysOf(row.caseFile).includes('hoxhe'))).toBe(true);
    latest.close();
  });

  it('v6 → v7: recomputes the name keys (tails added) and the number tails (every tail, forwards) of every row, so parts inside are found', async () => {
    const indexedDB = new IDBFactory();
    const cases = generateCases(0, 2_100, 7);
    // What v6 stored: name keys without tails, and each reference and document number written backwards.
    const backwards = (value: string) => [...numberPartKey(value)].reverse().join('');
    const v6Rows = cases.map((caseFile) => {
      const values = [caseFile.reference, ...caseFile.documents.flatMap((document) => (document.number ? [document.number] : []))];
      return {
        ...toCaseRow(caseFile),
        documentNumbers: caseSearchKeysOf(caseFile).documentNumbers,
        nameKeys: nameKeysOf(caseFile).filter((key) => !key.startsWith(INFIX_MARK)),
        numberTails: values.map(backwards),
      };
    });
    const oldDb = new ErcmsDatabase('ercms-migration-v7', { schemaVersion: 6, indexedDB, IDBKeyRange });
    await oldDb.table('cases').bulkAdd(v6Rows);
    expect(await oldDb.table('cases').where('nameKeys').startsWith(`${INFIX_MARK}oxh`).count()).toBe(0);
    oldDb.close();

    const db = new ErcmsDatabase('ercms-migration-v7', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.cases.count()).toBe(cases.length);
    for (const index of [0, 1_999, 2_000, cases.length - 1]) {
      const caseFile = cases[index] as CaseFile;
      const keys = await db.caseKeys.get(caseFile.id);
      expect(keys?.nameKeys).toEqual(nameKeysOf(caseFile));
      expect(keys?.numberTails).toEqual(numberTailsOf(caseFile));
    }
    // A part in the middle of a document number, and the generator's "Hoxhë" found as "oxhe".
    const number = documentNumberOf(1_234);
    expect((await searchCases(db, number.slice(2, -1))).rows.map((row) => row.id)).toContain(cases[1_234]?.id);
    const inside = await searchByName(db, 'oxhe');
    expect(inside.rows.length).toBeGreaterThan(0);
    expect(inside.rows.every((row) => nameKeysOf(row.caseFile).includes('hoxhe'))).toBe(true);
    db.close();
  });

  it('v8 → v9: moves the search keys of each case to their own table (clear ones derived again, sealed tokens as they are) and drops their indexes from the case rows', async () => {
    const indexedDB = new IDBFactory();
    const cases = generateCases(0, 40, 9);
    const [sealedCase, ...clearCases] = cases as [CaseFile, ...CaseFile[]];
    const clearRows: V8CaseRow[] = clearCases.map((caseFile) => {
      const { id: _id, numbers: _numbers, ...keys } = caseSearchKeysOf(caseFile);
      return { ...toCaseRow(caseFile), ...keys };
    });
    // A row of a sealed store: no case file in clear, tokens in its key fields.
    const { caseFile: _caseFile, ...index } = toCaseRow(sealedCase);
    const sealedBytes = new Uint8Array([1, 2, 3, 4]);
    const sealedRow = {
      ...index,
      keyId: 'key-1',
      sealed: sealedBytes,
      nameKeys: ['token-a', 'token-b'],
      numberTails: ['RC2026000001', 'token-c'],
      documentNumbers: ['token-d'],
    };
    const oldDb = new ErcmsDatabase('ercms-migration-v9', { schemaVersion: 8, indexedDB, IDBKeyRange });
    await oldDb.table('cases').bulkAdd([...clearRows, sealedRow]);
    oldDb.close();

    const db = new ErcmsDatabase('ercms-migration-v9', { indexedDB, IDBKeyRange });
    await db.open();
    // Read past the sealing layer, which would want the key for the sealed rows.
    const stored = (table: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const read = db.backendDB().transaction(table).objectStore(table).getAll();
        read.onsuccess = () => resolve(read.result as Record<string, unknown>[]);
        read.onerror = () => reject(read.error ?? new Error('read failed'));
      });
    const keyRows = new Map((await stored('caseKeys')).map((row) => [row.id, row] as const));
    expect(keyRows.size).toBe(cases.length);
    for (const caseFile of clearCases) expect(keyRows.get(caseFile.id)).toEqual(caseSearchKeysOf(caseFile));
    expect(keyRows.get(sealedCase.id)).toEqual({
      id: sealedCase.id,
      keyId: 'key-1',
      nameKeys: ['token-a', 'token-b'],
      numberTails: ['RC2026000001', 'token-c'],
      documentNumbers: ['token-d'],
    });
    // The case rows are left as they were, their key fields no longer indexed.
    const caseRows = await stored('cases');
    expect(caseRows).toHaveLength(cases.length);
    expect(caseRows.find((row) => row.id === sealedCase.id)?.sealed).toEqual(sealedBytes);
    const caseIndexes = [...db.backendDB().transaction('cases').objectStore('cases').indexNames];
    expect(caseIndexes.filter((name) => ['nameKeys', 'numberTails', 'documentNumbers'].includes(name))).toEqual([]);
    expect([...db.backendDB().transaction('caseKeys').objectStore('caseKeys').indexNames].sort()).toEqual(['documentNumbers', 'nameKeys', 'numberTails']);
    // The search reads the moved keys.
    const someone = clearCases[3] as CaseFile;
    const number = someone.documents.find((document) => document.number)?.number;
    if (number) expect((await searchByDocumentNumber(db, number)).rows.map((row) => row.id)).toEqual([someone.id]);
    expect((await searchByName(db, someone.identities[0]?.familyName ?? '')).rows.map((row) => row.id)).toContain(someone.id);
    db.close();
  });

  it('v2 → v3: keeps every row and derives the sort name and the awaiting-approval date', async () => {
    const indexedDB = new IDBFactory();
    const cases = generateCases(0, 300, 4);
    const proposedAt = '2026-11-20T08:30:00.000Z';
    const actor = { userId: 'user-supervisor-1', displayName: 'Marie Dubois', role: 'supervisor' as const };
    const meta = { createdAt: proposedAt, updatedAt: proposedAt, updatedBy: actor.userId, version: 1 };
    const approval = (status: 'pending' | 'rejected', id: string) => ({
      ...meta,
      id,
      actionId: 'decideForcedReturn',
      input: { destinationCountry: 'AL' },
      proposedBy: actor,
      proposedAt,
      status,
    });
    cases.forEach((caseFile, index) => {
      if (index % 50 === 7) caseFile.pendingApprovals = [approval('pending', `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`)];
      if (index % 50 === 8) caseFile.pendingApprovals = [approval('rejected', `00000000-0000-4000-9000-${String(index).padStart(12, '0')}`)];
    });
    const deadlineOf = (caseFile: CaseFile) => (caseFile.reference.endsWith('5') ? '2026-12-01' : undefined);
    // Version 2 stored case rows without the v3 fields, and its counts.
    const v2Rows = cases.map((caseFile) => {
      const { sortName: _sortName, awaitingApprovalSince: _since, deadlineOrder: _order, ...v2Row } = toCaseRow(caseFile, deadlineOf);
      return v2Row;
    });
    const oldDb = new ErcmsDatabase('ercms-migration-v3', { schemaVersion: 2, indexedDB, IDBKeyRange });
    await oldDb.table('cases').bulkAdd(v2Rows);
    const deltas = new Map<string, number>();
    for (const row of v2Rows) addCountDeltas(deltas, undefined, row);
    await oldDb.table('counts').bulkPut([...deltas].map(([key, count]) => ({ key, count })));
    expect(oldDb.verno).toBe(2);
    oldDb.close();

    const db = new ErcmsDatabase('ercms-migration-v3', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.cases.count()).toBe(cases.length);
    for (const [index, caseFile] of cases.entries()) {
      const row = await db.cases.get(caseFile.id);
      // Every v2 field carried over unchanged (the next deadline is not recomputed), plus the v3 fields
      // (and the v6/v7 search keys, no longer indexed in the case row from v9).
      expect(row).toMatchObject({ ...v2Rows[index], ...v3IndexFields(caseFile, deadlineOf(caseFile)) });
      expect(row?.sortName.length).toBeGreaterThan(1);
    }
    expect((await readCounts(db)).total).toBe(cases.length);
    // The new indexes work on migrated rows.
    const awaiting = await db.cases.where('[awaitingApprovalSince+id]').between([Dexie.minKey, Dexie.minKey], [Dexie.maxKey, Dexie.maxKey]).toArray();
    expect(awaiting.map((row) => row.id).sort()).toEqual(
      cases
        .filter((_, index) => index % 50 === 7)
        .map((caseFile) => caseFile.id)
        .sort(),
    );
    expect(awaiting.every((row) => row.awaitingApprovalSince === proposedAt)).toBe(true);
    // Deadline order: the v2 next deadline, or after every date; the deadline filter reads its date range.
    const dueFirstDecember = await queryCases(db, { filter: { deadline: { from: '2026-12-01' } }, pageSize: 500 });
    expect(dueFirstDecember.rows.map((row) => row.id).sort()).toEqual(
      cases
        .filter((caseFile) => deadlineOf(caseFile))
        .map((caseFile) => caseFile.id)
        .sort(),
    );
    expect((await queryCases(db, { sort: { column: 'nextDeadline', direction: 'asc' }, pageSize: 500 })).rows).toHaveLength(cases.length);
    const names: string[] = [];
    let page = await queryCases(db, { sort: { column: 'name', direction: 'desc' }, pageSize: 41 });
    names.push(...page.rows.map((row) => `${row.sortName}\u0000${row.id}`));
    while (page.next) {
      page = await queryCases(db, { sort: { column: 'name', direction: 'desc' }, pageSize: 41, after: page.next });
      names.push(...page.rows.map((row) => `${row.sortName}\u0000${row.id}`));
    }
    expect(names).toHaveLength(cases.length);
    expect(names).toEqual([...names].sort().reverse());
    db.close();
  });
});
