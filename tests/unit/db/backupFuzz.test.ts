import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCheckpoint } from '../../../renderer/src/db/auditAnchor';
import type { BackupService } from '../../../renderer/src/db/backup';
import { createBackupService } from '../../../renderer/src/db/backup';
import type { BackupSealParameters } from '../../../renderer/src/db/backupSeal';
import { deriveBackupKey, openSealedBackup, readSealedHeader, sealBackup } from '../../../renderer/src/db/backupSeal';
import { canonicalJson } from '../../../renderer/src/db/canonicalJson';
import { BackupError } from '../../../renderer/src/db/errors';
import { fromBase64, toBase64 } from '../../../renderer/src/db/passwordHash';
import { sha256Hex } from '../../../renderer/src/db/sha256';
import type { WorkspaceStore } from '../../../renderer/src/db/workspaces';
import type { Actor } from '../../../shared/model/actor';
import { generateCases } from '../../bench/caseGenerator';
import { openTestStore } from './testStore';

/**
 * Issue 13's fuzz suite: 1,200 mutated backups of one production workspace, each offered
 * to its restore. None may be accepted, and after each refusal every table of the
 * database (and the audit anchor beside it) must hash exactly as before.
 *
 * The key of the file is derived once (600,000 PBKDF2 iterations take a good part of a
 * second) and passed to the restore instead of the passphrase; the seal check is the
 * same AES-GCM decryption either way (backup.test.ts covers the passphrase itself).
 *
 * Mutations: flipped characters anywhere in the file and bits in the ciphertext; edits of
 * the clear preview (workspace relabelled, counts, dates); weakened or replaced seal
 * parameters; the content edited and re-sealed under another passphrase (changed name, case
 * closed, audit events edited or removed, users removed or injected, password hashing
 * lowered, oversized settings, checksum recomputed); and edits that someone who knows the
 * passphrase could seal, which the restore's own checks must refuse (workspace relabelled,
 * no administrator left, a broken chain, duplicate accounts, weak hashes, settings outside
 * their schema).
 */
const PASSPHRASE = 'the office backup passphrase';
const RUNS = 1_200;

let store: WorkspaceStore;
let admin: Actor;
let backup: BackupService;
let fileText: string;
let key: CryptoKey;
let otherKey: CryptoKey;
let seal: BackupSealParameters;
let preview: Record<string, unknown>;
let payload: Payload;
let tablesBefore: string;

interface Payload {
  manifest: Record<string, unknown> & {
    counts: { cases: number; users: number; auditEvents: number };
    workspace: string;
    contentSha256: string;
    auditTrail: { head: { sequence: number; hash: string } };
  };
  content: {
    caseFiles: { cases: Record<string, unknown>[] };
    users: (Record<string, unknown> & { role: string; username: string; passwordHash?: Record<string, unknown> })[];
    audit: (Record<string, unknown> & { sequence: number; hash: string })[];
    settings?: Record<string, unknown>;
  };
}

async function tableHashes(): Promise<string> {
  const { db } = store;
  const tables = [db.cases, db.audit, db.counts, db.users, db.meta, db.keyWraps, db.signInAttempts, db.sessionState];
  const hashes = await Promise.all(tables.map(async (table) => `${table.name}:${await sha256Hex(canonicalJson(await table.toArray()))}`));
  return [...hashes, `anchor:${canonicalJson(await readCheckpoint(db))}`].join('\n');
}

beforeAll(async () => {
  store = openTestStore();
  await store.users.createFirstAdministrator({ username: 'tom', displayName: 'Tom Claes', password: 'correct horse battery' });
  admin = await store.users.authenticate('tom', 'correct horse battery');
  await store.users.createUser(admin, { username: 'an', displayName: 'An Peeters', role: 'caseworker', password: 'another long password' });
  const an = await store.users.authenticate('an', 'another long password');
  await store.cases.importCases(an, generateCases(0, 8, 7));
  const first = (await store.cases.list(an)).rows[0];
  if (!first) throw new Error('no case');
  await store.cases.applyAction(an, { caseId: first.id, expectedVersion: first.caseFile.version, actionId: 'assign', input: { assigneeId: 'user-9' } });
  await store.settings.update(admin, { office: 'ANR' });
  admin = await store.users.authenticate('tom', 'correct horse battery');
  backup = createBackupService(store.context, { minimumPasswordIterationsForTestsOnly: 1_000 });
  fileText = (await backup.createBackup(admin, { full: true, passphrase: PASSPHRASE })).text;
  const header = readSealedHeader(fileText);
  seal = header.seal;
  preview = header.preview;
  [key, otherKey] = await Promise.all([deriveBackupKey(PASSPHRASE, seal), deriveBackupKey('somebody else’s passphrase', seal)]);
  payload = JSON.parse(await openSealedBackup(fileText, key)) as Payload;
  // The untouched file is accepted (so the refusals below are not a broken set-up), then the database is the baseline.
  await backup.restoreBackup(admin, fileText, key);
  tablesBefore = await tableHashes();
}, 60_000);

afterAll(() => store.close());

function clone(): Payload {
  return structuredClone(payload);
}

/** What an editor of the content does to make the file consistent again: counts, head and checksum. */
async function consistent(edited: Payload): Promise<string> {
  const { content, manifest } = edited;
  manifest.counts = { cases: content.caseFiles.cases.length, users: content.users.length, auditEvents: content.audit.length };
  const last = content.audit[content.audit.length - 1];
  manifest.auditTrail = { ...manifest.auditTrail, head: last ? { sequence: last.sequence, hash: last.hash } : { sequence: 0, hash: '0'.repeat(64) } };
  manifest.contentSha256 = await sha256Hex(JSON.stringify(content));
  return `{"manifest":${JSON.stringify(manifest)},"content":${JSON.stringify(content)}}`;
}

type ContentEdit = (edited: Payload, pick: number) => void;

/** Edits only someone without the passphrase could want: re-sealed under another key, they must all fail the seal. */
const anyEdits: ContentEdit[] = [
  (edited, pick) => {
    const caseFile = edited.content.caseFiles.cases[pick % edited.content.caseFiles.cases.length];
    const identities = caseFile?.identities as { familyName: string }[] | undefined;
    if (identities?.[0]) identities[0].familyName = 'Forged';
  },
  (edited, pick) => {
    const caseFile = edited.content.caseFiles.cases[pick % edited.content.caseFiles.cases.length];
    if (caseFile) caseFile.stage = 'CLOSED';
  },
  (edited) => {
    edited.content.audit = [];
  },
  (edited, pick) => {
    edited.content.audit.splice(pick % edited.content.audit.length, 1);
  },
  (edited) => {
    edited.content.audit.splice(-2, 2);
  },
  (edited) => {
    const copy = edited.content.users.find((user) => user.role === 'caseworker');
    if (copy) edited.content.users.push({ ...copy, id: 'injected-admin', username: 'intruder', role: 'administrator' });
  },
  (edited) => {
    edited.content.users = edited.content.users.filter((user) => user.role !== 'administrator');
  },
];

/** Edits the restore itself must refuse even when sealed with the right passphrase. */
const checkedEdits: { name: string; reason: string; edit: ContentEdit }[] = [
  { name: 'workspace relabelled', reason: 'otherWorkspace', edit: (edited) => (edited.manifest.workspace = 'training') },
  { name: 'no accounts', reason: 'noAdministrator', edit: (edited) => (edited.content.users = []) },
  {
    name: 'administrator removed',
    reason: 'noAdministrator',
    edit: (edited) => (edited.content.users = edited.content.users.filter((user) => user.role !== 'administrator')),
  },
  {
    name: 'administrator deactivated',
    reason: 'noAdministrator',
    edit: (edited) => {
      for (const user of edited.content.users) if (user.role === 'administrator') user.active = false;
    },
  },
  { name: 'audit event removed', reason: 'auditBroken', edit: (edited, pick) => edited.content.audit.splice(pick % (edited.content.audit.length - 1), 1) },
  {
    name: 'audit event edited',
    reason: 'auditBroken',
    edit: (edited, pick) => {
      const event = edited.content.audit[pick % edited.content.audit.length];
      if (event) event.actor = { userId: 'user-x', displayName: 'Somebody Else', role: 'supervisor' };
    },
  },
  {
    name: 'password hashing lowered',
    reason: 'weakPasswordHash',
    edit: (edited, pick) => {
      for (const user of edited.content.users) if (user.passwordHash) user.passwordHash.iterations = 1 + (pick % 999);
    },
  },
  {
    name: 'oversized settings',
    reason: 'settingsInvalid',
    edit: (edited, pick) => (edited.content.settings = { office: 'BRU', junk: 'x'.repeat(20_000 + pick) }),
  },
  { name: 'settings outside their schema', reason: 'settingsInvalid', edit: (edited, pick) => (edited.content.settings = { sessionIdleMinutes: 61 + pick }) },
  {
    name: 'duplicate account',
    reason: 'duplicateUser',
    edit: (edited) => {
      const first = edited.content.users[0];
      if (first) edited.content.users.push({ ...first });
    },
  },
];

type Mutation = { kind: string; make: () => Promise<string>; reason?: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ index: fc.nat(), char: fc.constantFrom('0', 'A', 'z', '"', '}', ' ', '+', '/', 'é') }).map(({ index, char }) => ({
    kind: 'character replaced',
    make: async () => {
      const at = index % fileText.length;
      const replacement = fileText[at] === char ? (char === '0' ? '1' : '0') : char;
      return fileText.slice(0, at) + replacement + fileText.slice(at + 1);
    },
  })),
  fc.record({ index: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }).map(({ index, bit }) => ({
    kind: 'ciphertext bit flipped',
    make: async () => {
      const file = JSON.parse(fileText) as { ciphertext: string };
      const bytes = fromBase64(file.ciphertext);
      const at = index % bytes.length;
      bytes[at] = (bytes[at] ?? 0) ^ (1 << bit);
      return JSON.stringify({ ...file, ciphertext: toBase64(bytes) });
    },
  })),
  fc
    .record({
      field: fc.constantFrom('workspace', 'kind', 'createdAt', 'counts', 'createdBy'),
      value: fc.oneof(
        fc.constant('training'),
        fc.constant('standard'),
        fc.constant('2020-01-01T00:00:00Z'),
        fc.constant({ cases: 301, users: 0, auditEvents: 0 }),
        fc.string(),
      ),
    })
    .map(({ field, value }) => ({
      kind: 'preview edited',
      make: async () => {
        const file = JSON.parse(fileText) as { preview: Record<string, unknown> };
        const edited = canonicalJson(file.preview[field]) === canonicalJson(value) ? `${String(value)}!` : value;
        return JSON.stringify({ ...file, preview: { ...file.preview, [field]: edited } });
      },
    })),
  fc.record({ field: fc.constantFrom('iterations', 'salt', 'iv'), value: fc.integer({ min: 1, max: 599_999 }) }).map(({ field, value }) => ({
    kind: 'seal parameters changed',
    make: async () => {
      const file = JSON.parse(fileText) as { seal: Record<string, unknown> };
      const replaced = field === 'iterations' ? value : toBase64(crypto.getRandomValues(new Uint8Array(field === 'salt' ? 16 : 12)));
      return JSON.stringify({ ...file, seal: { ...file.seal, [field]: replaced } });
    },
  })),
  fc.integer({ min: 1, max: 200 }).map((cut) => ({
    kind: 'ciphertext cut',
    make: async () => {
      const file = JSON.parse(fileText) as { ciphertext: string };
      const bytes = fromBase64(file.ciphertext);
      return JSON.stringify({ ...file, ciphertext: toBase64(bytes.slice(0, Math.max(0, bytes.length - cut))) });
    },
  })),
  fc.record({ edit: fc.integer({ min: 0, max: anyEdits.length - 1 }), pick: fc.nat(), recompute: fc.boolean() }).map(({ edit, pick, recompute }) => ({
    kind: 'content edited, sealed under another passphrase',
    make: async () => {
      const edited = clone();
      anyEdits[edit]?.(edited, pick);
      const text = recompute ? await consistent(edited) : JSON.stringify(edited);
      return sealBackup(text, preview, { key: otherKey, seal });
    },
  })),
  fc.record({ edit: fc.integer({ min: 0, max: checkedEdits.length - 1 }), pick: fc.nat({ max: 1000 }) }).map(({ edit, pick }) => {
    const chosen = checkedEdits[edit];
    return {
      kind: `sealed with the passphrase: ${chosen?.name ?? ''}`,
      reason: chosen?.reason,
      make: async () => {
        const edited = clone();
        chosen?.edit(edited, pick);
        return sealBackup(await consistent(edited), { ...preview, workspace: edited.manifest.workspace }, { key, seal });
      },
    };
  }),
);

describe('backup fuzz: mutated backups are never restored', () => {
  it(`refuses ${RUNS} mutated files, each with a typed error and every table unchanged`, async () => {
    const refusedBy = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(mutationArb, async (mutation) => {
        const text = await mutation.make();
        expect(text).not.toBe(fileText);
        const error = await backup.restoreBackup(admin, text, key).then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect(error, mutation.kind).toBeInstanceOf(BackupError);
        if (mutation.reason) expect((error as BackupError).reason, mutation.kind).toBe(mutation.reason);
        const reason = (error as BackupError).reason;
        refusedBy.set(reason, (refusedBy.get(reason) ?? 0) + 1);
        expect(await tableHashes()).toBe(tablesBefore);
      }),
      { numRuns: RUNS, seed: 13_2026 },
    );
    // Every family of refusal was reached, so no mutation family was silently vacuous.
    for (const reason of [
      'notABackup',
      'wrongPassphraseOrAltered',
      'otherWorkspace',
      'noAdministrator',
      'auditBroken',
      'weakPasswordHash',
      'settingsInvalid',
      'duplicateUser',
    ]) {
      expect(refusedBy.get(reason) ?? 0, reason).toBeGreaterThan(0);
    }
  }, 300_000);
});
