import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppInfoHandler } from '../../../../main/ipc/handlers/appInfoHandler';
import { registerIpcHandler } from '../../../../main/ipc/registerIpcHandler';
import { trustedOrigins } from '../../../../main/protocol/appOrigin';
import { redactedLogLine, urlForLog } from '../../../../main/security/redactedLog';
import type { WorkspaceStore } from '../../../../renderer/src/db/workspaces';
import { saveDiagnostics } from '../../../../renderer/src/features/settings/diagnostics';
import { readPersistedSession, SESSION_STORAGE_KEY } from '../../../../renderer/src/stores/persistedSession';
import type { SaveFileRequest } from '../../../../shared/ipc';
import { generateCase } from '../../../bench/caseGenerator';
import { openTestStore, stubWorkflow } from '../../db/testStore';
import { FakeIpcMain, topFrame } from '../../ipc/fakeIpcMain';

/**
 * Issue 14, point 5: nothing personal leaves the store for the browser's storage, the
 * diagnostics file or the main process's log. Every test writes unique sentinel names and
 * looks for them, in any letter case, where they must not be; and, as a control, where
 * they must be (the store), so an absence proves something.
 */
const SENTINEL = {
  displayName: 'Zyxwarq Sentinelova',
  username: 'qwsentinel.user',
  familyName: 'Vorquastel',
  givenNames: 'Ilsabeth Quenmarrow',
  document: 'SNTL-7731-QX',
};

function leaked(text: string): string[] {
  const folded = text.toLowerCase();
  return Object.values(SENTINEL).filter((sentinel) => folded.includes(sentinel.toLowerCase()));
}

/** sessionStorage as the browser keeps it: strings by key (no DOM in the unit tests). */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  dump(): string {
    return [...this.items.entries()].map(([key, value]) => `${key}=${value}`).join('\n');
  }
}

const stores: WorkspaceStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

/**
 * The app's session store module, loaded afresh over `storage` as the window's
 * sessionStorage: zustand takes the storage once, when the store is created, and the unit
 * tests run without a DOM (so the module loaded elsewhere persists nothing).
 */
async function sessionStoreOver(storage: Storage) {
  vi.resetModules();
  Object.defineProperty(globalThis, 'sessionStorage', { value: storage, configurable: true });
  try {
    return await import('../../../../renderer/src/stores/sessionStore');
  } finally {
    Reflect.deleteProperty(globalThis, 'sessionStorage');
  }
}

/** A store holding a caseworker and one case, all named with the sentinels; signed in as that caseworker. */
async function sentinelStore() {
  const store = openTestStore('production', { workflow: stubWorkflow });
  stores.push(store);
  const admin = await store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
  const newUser = { username: SENTINEL.username, displayName: SENTINEL.displayName, role: 'caseworker', password: 'another long password' } as const;
  await store.users.createUser({ userId: admin.id, displayName: admin.displayName, role: admin.role }, newUser);
  const actor = await store.users.authenticate(SENTINEL.username, 'another long password');
  const base = generateCase(1, 14);
  const [first, ...others] = base.identities;
  if (!first) throw new Error('The generator gave a case without an identity');
  const document = base.documents[0];
  const caseFile = await store.cases.create(actor, {
    ...base,
    identities: [{ ...first, familyName: SENTINEL.familyName, givenNames: SENTINEL.givenNames }, ...others],
    documents: document ? [{ ...document, number: SENTINEL.document }, ...base.documents.slice(1)] : base.documents,
  });
  // Control: the sentinels are in the store, so their absence elsewhere means something.
  const stored = JSON.stringify([await store.db.cases.get(caseFile.id), await store.db.users.toArray()]);
  expect(leaked(stored)).toEqual(expect.arrayContaining([SENTINEL.displayName, SENTINEL.username, SENTINEL.familyName, SENTINEL.givenNames]));
  return { store, actor };
}

describe("the session's sessionStorage entry (Chromium keeps it on disk)", () => {
  it('holds the account id, role and workspace, never the display name or the sign-in name', async () => {
    const { store, actor } = await sentinelStore();
    const storage = new MemoryStorage();
    const { useSessionStore } = await sessionStoreOver(storage);
    useSessionStore.getState().signIn({ ...actor, username: SENTINEL.username }, 'production');
    const written = storage.dump();
    expect(written).toContain(actor.userId);
    expect(written).toContain('caseworker');
    expect(leaked(written)).toEqual([]);
    // The names are shown from memory, and come back from the store after a reload.
    expect(useSessionStore.getState().user?.displayName).toBe(SENTINEL.displayName);
    // A reload: the module starts afresh over the same sessionStorage.
    const reloaded = await sessionStoreOver(storage);
    expect(reloaded.useSessionStore.getState()).toMatchObject({ user: { userId: actor.userId, role: 'caseworker', displayName: '' }, locked: true });
    reloaded.setSessionAccounts(() => store.users);
    await reloaded.refreshSession(actor.userId);
    expect(reloaded.useSessionStore.getState()).toMatchObject({
      user: { userId: actor.userId, displayName: SENTINEL.displayName, username: SENTINEL.username },
      locked: false,
    });
    expect(leaked(storage.dump())).toEqual([]);
  });

  it('drops the names an entry of the previous version kept, and rewrites it without them', async () => {
    const storage = new MemoryStorage();
    const user = { userId: 'user-1', displayName: SENTINEL.displayName, role: 'caseworker', username: SENTINEL.username };
    storage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ state: { user, workspace: 'production' }, version: 2 }));
    const { useSessionStore, setSessionAccounts } = await sessionStoreOver(storage);
    // The rehydration asks the store for the names; here a store without that account.
    const elsewhere = openTestStore('production');
    stores.push(elsewhere);
    setSessionAccounts(() => elsewhere.users);
    await useSessionStore.persist.rehydrate();
    expect(useSessionStore.getState().user).toEqual({ userId: 'user-1', role: 'caseworker', displayName: '', username: '' });
    expect(leaked(storage.dump())).toEqual([]);
    expect(storage.dump()).toContain('user-1');
  });

  it('keeps only a well-formed id, role and workspace of what it reads back', () => {
    expect(readPersistedSession({ user: { userId: 'u1', role: 'supervisor', displayName: SENTINEL.displayName }, workspace: 'training' })).toEqual({
      user: { userId: 'u1', role: 'supervisor' },
      workspace: 'training',
    });
    expect(readPersistedSession({ user: { userId: 'u1', role: 'emperor' }, workspace: 'elsewhere' })).toEqual({});
    expect(readPersistedSession('not an object')).toEqual({});
    expect(readPersistedSession(undefined)).toEqual({});
  });
});

describe('the diagnostics file (Settings → Save diagnostics)', () => {
  it('holds installation facts and none of the names or numbers in the store or the session', async () => {
    const { actor } = await sentinelStore();
    const { useSessionStore } = await sessionStoreOver(new MemoryStorage());
    useSessionStore.getState().signIn({ ...actor, username: SENTINEL.username }, 'production');
    const appInfo = createAppInfoHandler({ getVersion: () => '1.4.0', getLocale: () => 'nl-BE', platform: 'linux' });
    const saved: SaveFileRequest[] = [];
    const result = await saveDiagnostics(
      {
        appInfo: () => appInfo({}, { senderUrl: 'app://ercms/settings' }),
        saveFile: (file) => {
          saved.push(file);
          return Promise.resolve({ status: 'saved', path: '/tmp/ercms-diagnostics.json' });
        },
      },
      'nl',
      new Date('2026-12-03T01:00:00.000Z'),
    );
    expect(result.status).toBe('saved');
    expect(saved).toHaveLength(1);
    const content = saved[0]?.content;
    expect(typeof content).toBe('string');
    const text = typeof content === 'string' ? content : '';
    expect(JSON.parse(text)).toEqual({
      format: 'ercms-diagnostics/1',
      createdAt: '2026-12-03T01:00:00.000Z',
      uiLanguage: 'nl',
      version: '1.4.0',
      platform: 'linux',
      locale: 'nl-BE',
      shell: 'electron',
    });
    expect(leaked(`${saved[0]?.suggestedName ?? ''}\n${text}`)).toEqual([]);
  });
});

describe("the main process's log", () => {
  it("keeps an error's kind and system code, never its message: a failed save of a file named after a person", async () => {
    const ipcMain = new FakeIpcMain();
    const lines: string[] = [];
    const failing = new Error(`EACCES: permission denied, open '/home/agent/${SENTINEL.familyName} ${SENTINEL.givenNames}.pdf'`);
    Object.assign(failing, { code: 'EACCES' });
    registerIpcHandler('file:save', () => Promise.reject(failing), {
      ipcMain,
      trustedOrigins: trustedOrigins(undefined),
      log: (message, detail) => lines.push(redactedLogLine(message, detail)),
    });
    const request = { suggestedName: 'case.json', contentType: 'application/json', content: JSON.stringify(SENTINEL) };
    const answer = await ipcMain.invoke('file:save', topFrame('app://ercms/cases/42'), request);
    expect(answer).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(lines).toEqual(['[ercms] IPC file:save failed (Error EACCES)']);
  });

  it('keeps the path and kind of a zod issue and the origin of an address, not what they carried', () => {
    const issues = [{ code: 'invalid_type', path: ['identities', 0, 'familyName'], message: `got ${SENTINEL.familyName}`, input: SENTINEL.familyName }];
    expect(redactedLogLine('IPC pdf:print produced an invalid response', issues)).toBe(
      '[ercms] IPC pdf:print produced an invalid response (identities.0.familyName: invalid_type)',
    );
    expect(urlForLog(`https://search.example/find?name=${SENTINEL.familyName}`)).toBe('https://search.example');
    expect(urlForLog(`mailto:${SENTINEL.username}@example.org`)).toBe('mailto:');
    expect(leaked(redactedLogLine('IPC file:save refused: the sender is not an app page', `https://evil.example/${SENTINEL.document}`))).toEqual([]);
  });
});
