import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ErcmsDatabase, LATEST_SCHEMA_VERSION, schemaVersions } from '../../../renderer/src/db/database';
import { readCounts } from '../../../renderer/src/db/caseRepository';
import { searchByDocumentNumber, searchByName } from '../../../renderer/src/db/caseSearch';
import { documentNumberOf, generateCases } from '../../bench/caseGenerator';

describe('schema migrations', () => {
  it('declares versions in order, ending at the latest', () => {
    expect(schemaVersions.map((entry) => entry.version)).toEqual([1, 2]);
    expect(LATEST_SCHEMA_VERSION).toBe(2);
  });

  it('keeps every record when a database is opened from the oldest version', async () => {
    const indexedDB = new IDBFactory();
    const cases = generateCases(0, 250, 3);
    const oldDb = new ErcmsDatabase('ercms-migration', { schemaVersion: 1, indexedDB, IDBKeyRange });
    // Version 1 stored the case files as they are.
    await oldDb.table('cases').bulkAdd(cases);
    await oldDb.table('users').add({ id: 'user-admin-1', username: 'admin', displayName: 'Tom Claes', role: 'administrator', active: true, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', updatedBy: 'system', version: 1 });
    await oldDb.table('audit').add({ sequence: 1, id: '00000000-0000-4000-8000-000000000001', caseId: cases[0]?.id, actor: { userId: 'u', displayName: 'U', role: 'caseworker' }, at: '2025-01-01T00:00:00.000Z', action: 'case.created', changes: [], previousHash: '0'.repeat(64), hash: 'a'.repeat(64) });
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
      expect(row?.nameTokens.length).toBeGreaterThan(0);
    }
    expect(await db.users.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
    // The new indexes and counts work on migrated data.
    const counts = await readCounts(db);
    expect(counts.total).toBe(cases.length);
    expect(Object.values(counts.byStage).reduce((sum, n) => sum + n, 0)).toBe(cases.length);
    expect((await searchByDocumentNumber(db, documentNumberOf(17))).rows.map((row) => row.id)).toEqual([cases[17]?.id]);
    expect((await searchByName(db, 'hoxhe')).rows.length).toBeGreaterThan(0);
    db.close();
  });
});
