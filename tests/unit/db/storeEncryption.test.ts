import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/model/actor';
import { WorkspaceLockedError } from '../../../renderer/src/db/errors';
import { STORE_SEALING_META, storeSealing } from '../../../renderer/src/db/sealedStore';
import { sealStoreInPlace, STORE_ENCRYPTION_CHUNK } from '../../../renderer/src/db/storeEncryption';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import { generateCases } from '../../bench/caseGenerator';
import { sortNameOf, type CaseRow } from '../../../renderer/src/db/caseRow';
import { SORT_BUCKET_LENGTH } from '../../../renderer/src/db/sealedCaseRow';
import { asWrittenBeforeEncryption, everyPage, openTestStore, rawRows } from './testStore';

const stores: WorkspaceStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

/** A workspace with an administrator and a caseworker, the caseworker signed in (the data key held). */
async function signedInWorkspace(): Promise<{ store: WorkspaceStore; an: Actor }> {
  const store = openTestStore('production', { now: () => new Date() });
  stores.push(store);
  await store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
  const admin = await store.users.authenticate('tom', 'correct horse battery');
  await store.users.createUser(admin, { username: 'an', displayName: 'An Peeters', role: 'caseworker', password: 'another long password' });
  const an = await store.users.authenticate('an', 'another long password');
  // As the app does after each sign-in (store/storeSealing.ts): a new workspace is sealed at once.
  await sealStoreInPlace(store.db);
  return { store, an };
}

const SENTINEL = 'Zelquarnova';

function withSentinel(count: number) {
  const cases = generateCases(0, count, 21);
  const [first] = cases;
  const identity = first?.identities[0];
  if (!first || !identity) throw new Error('no generated case');
  identity.familyName = SENTINEL;
  first.documents[0] = {
    ...(first.documents[0] ?? {
      id: crypto.randomUUID(),
      type: 'passport',
      createdAt: first.createdAt,
      updatedAt: first.createdAt,
      updatedBy: 'x',
      version: 1,
    }),
    number: 'QX7731SNTL',
  } as (typeof first.documents)[number];
  return cases;
}

describe('a sealed store', () => {
  it('keeps no name, document number or change in clear, in the cases, the audit trail or the search lexicon', async () => {
    const { store, an } = await signedInWorkspace();
    await store.cases.importCases(an, withSentinel(20));
    const [first] = (await store.cases.search(an, SENTINEL)).rows;
    expect(first?.caseFile.identities[0]?.familyName).toBe(SENTINEL);
    await store.cases.open(an, first?.id ?? '');
    for (const table of ['cases', 'audit', 'searchWords']) {
      const raw = JSON.stringify(await rawRows(store, table));
      expect(raw.length).toBeGreaterThan(100);
      for (const form of [SENTINEL, SENTINEL.toLowerCase(), SENTINEL.toUpperCase(), 'QX7731SNTL', '7731SNTL', 'An Peeters'])
        expect(raw, `${table}: ${form}`).not.toContain(form);
    }
  });

  it('cannot be read or written while the screen is locked; the password brings it back', async () => {
    const { store, an } = await signedInWorkspace();
    await store.cases.importCases(an, withSentinel(3));
    const [row] = (await store.cases.search(an, SENTINEL)).rows;
    const id = row?.id ?? '';
    await store.users.lockSession(an.userId);
    await expect(store.cases.get(an, id)).rejects.toBeInstanceOf(WorkspaceLockedError);
    await expect(store.cases.importCases(an, generateCases(100, 1, 21))).rejects.toBeInstanceOf(WorkspaceLockedError);
    expect(await store.users.verifyUnlock(an.userId, 'another long password')).toMatchObject({ status: 'unlocked' });
    expect((await store.cases.get(an, id)).identities[0]?.familyName).toBe(SENTINEL);
  });

  it('opens a case file when it is first read, with the key held then: a row read before the lock does not open after it', async () => {
    const { store, an } = await signedInWorkspace();
    await store.cases.importCases(an, withSentinel(3));
    const [opened, unopened] = await store.db.cases.limit(2).toArray();
    const familyName = opened?.caseFile.identities[0]?.familyName;
    expect(familyName).toBeTruthy();
    await store.users.lockSession(an.userId);
    // The row read and opened before stays as it was; the one never opened cannot be opened now.
    expect(opened?.caseFile.identities[0]?.familyName).toBe(familyName);
    expect(() => unopened?.caseFile).toThrow(WorkspaceLockedError);
    expect(await store.users.verifyUnlock(an.userId, 'another long password')).toMatchObject({ status: 'unlocked' });
    expect(unopened?.caseFile.identities[0]?.familyName).toBeTruthy();
  });
});

describe('a sealed audit event altered on disk', () => {
  it('is reported by the verification as edited, not as a failure to read', async () => {
    const { store, an } = await signedInWorkspace();
    await store.cases.importCases(an, withSentinel(3));
    const raw = new Dexie(store.db.name, { indexedDB: store.db.storage.indexedDB ?? indexedDB, IDBKeyRange: store.db.storage.IDBKeyRange ?? IDBKeyRange });
    await raw.open();
    const event = (await raw.table('audit').get(2)) as { sealed: Uint8Array };
    const sealed = event.sealed.slice();
    sealed[sealed.length - 5] = (sealed[sealed.length - 5] ?? 0) ^ 0xff;
    await raw.table('audit').put({ ...event, sealed });
    raw.close();
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: false, brokenAt: 2, problem: 'edited' });
  });
});

describe('sorting a sealed store by name', () => {
  it.each<'asc' | 'desc'>(['asc', 'desc'])(
    'lists every case once, %s, in full-name order across pages, though the index holds two letters',
    async (direction) => {
      const { store, an } = await signedInWorkspace();
      const cases = generateCases(0, 300, 11);
      for (const index of [3, 4, 5]) Object.assign(cases[index]?.identities[0] ?? {}, { familyName: 'Li', givenNames: 'Zhen' });
      Object.assign(cases[6]?.identities[0] ?? {}, { familyName: 'Lima', givenNames: 'Ana' });
      await store.cases.importCases(an, cases);
      const stored = (await rawRows(store, 'cases')) as { sortName: string }[];
      expect(stored.every((row) => row.sortName.length <= SORT_BUCKET_LENGTH)).toBe(true);
      const rows = await everyPage(store, { sort: { column: 'name', direction }, pageSize: 23 }, an);
      expect(new Set(rows.map((row) => row.id)).size).toBe(300);
      const key = (row: CaseRow) => `${sortNameOf(row.caseFile)}\u0000${row.id}`;
      const expected = [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      if (direction === 'desc') expected.reverse();
      expect(rows.map((row) => row.id)).toEqual(expected.map((row) => row.id));
    },
  );
});

describe('the migration of a clear store', () => {
  it('seals every case and event in chunks, resumes after a window died half-way, and the audit trail still verifies', async () => {
    const { store, an } = await signedInWorkspace();
    const count = STORE_ENCRYPTION_CHUNK * 2 + 137;
    await store.cases.importCases(an, withSentinel(count));
    const [someCase] = await store.db.cases.limit(1).toArray();
    if (someCase) await store.cases.open(an, someCase.id);
    // What the previous version left: every row in clear, no key in memory.
    await asWrittenBeforeEncryption(store);
    expect(JSON.stringify(await rawRows(store, 'cases'))).toContain(SENTINEL);
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: true });

    const an2 = await store.users.authenticate('an', 'another long password');
    // The window dies after the first chunk: its progress is stored with it.
    const died = new Error('window closed');
    await expect(
      sealStoreInPlace(store.db, () => {
        throw died;
      }),
    ).rejects.toBe(died);
    const mark = (await store.db.meta.get(STORE_SEALING_META))?.value as { value: string; casesAfter?: string; done?: number };
    expect(mark).toMatchObject({ value: 'migrating', done: STORE_ENCRYPTION_CHUNK });
    const halfway = (await rawRows(store, 'cases')) as { sealed?: unknown; caseFile?: unknown }[];
    expect(halfway.filter((row) => row.sealed !== undefined)).toHaveLength(STORE_ENCRYPTION_CHUNK);
    // Half sealed, half clear, every case reads.
    expect(await store.db.cases.count()).toBe(count);
    expect((await store.db.cases.toArray()).every((row) => row.caseFile.reference.startsWith('RC-'))).toBe(true);

    // The next sign-in goes on from the mark.
    const progress: number[] = [];
    await sealStoreInPlace(store.db, ({ done }) => progress.push(done));
    expect(progress[0]).toBe(STORE_ENCRYPTION_CHUNK * 2);
    expect(storeSealing(store.db)).toBe('sealed');
    expect((await store.db.meta.get(STORE_SEALING_META))?.value).toBe('sealed');
    const cases = (await rawRows(store, 'cases')) as { sealed?: unknown; caseFile?: unknown }[];
    expect(cases).toHaveLength(count);
    expect(cases.every((row) => row.sealed instanceof Uint8Array && row.caseFile === undefined)).toBe(true);
    const audit = (await rawRows(store, 'audit')) as { sealed?: unknown }[];
    expect(audit.every((event) => event.sealed instanceof Uint8Array)).toBe(true);
    for (const table of ['cases', 'caseKeys', 'audit', 'searchWords']) expect(JSON.stringify(await rawRows(store, table))).not.toContain(SENTINEL);
    const caseKeys = (await rawRows(store, 'caseKeys')) as { keyId?: string; numbers?: unknown }[];
    expect(caseKeys).toHaveLength(count);
    expect(caseKeys.every((row) => typeof row.keyId === 'string' && row.numbers === undefined)).toBe(true);
    expect(await store.auditLog.verifyAuditTrail()).toMatchObject({ ok: true, uncheckedCases: 0 });
    expect((await store.cases.search(an2, SENTINEL.slice(0, 5))).rows[0]?.caseFile.identities[0]?.familyName).toBe(SENTINEL);
    // A sealed store refuses clear writes from a window without the key.
    await store.users.lockSession(an2.userId);
    await expect(store.cases.importCases(an2, generateCases(count + 1, 1, 21))).rejects.toBeInstanceOf(WorkspaceLockedError);
  });
});
