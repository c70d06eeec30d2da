/**
 * Test-only script, bundled by buildSeedScript.ts and injected into the app's page by the
 * end-to-end tests: seeds the production workspace through the store's own bulk API
 * (caseRepository.importCases), in the app's origin. Nothing of it is in the app's build.
 */
import type { Actor } from '../../../shared/model/actor';
import type { CaseFile } from '../../../shared/model/caseFile';
import { toCaseRow } from '../../../renderer/src/db/caseRow';
import { openWorkspaceStore } from '../../../renderer/src/db/workspaces';
import { brusselsToday, caseFileFromIntake } from '../../../renderer/src/features/intake/caseFileFromIntake';
import { IntakeFormSchema } from '../../../renderer/src/ui/caseFacts/intakeSchema';
import { generateCases } from '../../bench/caseGenerator';
import { unlockedSignedInActor } from './signedInActor';

export interface SeedCasesOptions {
  count: number;
  /** The generator's index of the first case (0 by default): seeding again from `count` adds new cases. */
  from?: number;
  /** Assign every `assignEvery`-th case to this user (for "my cases"). */
  assigneeId?: string;
  assignEvery?: number;
  /** Give every `proposalEvery`-th case (0, n, 2n…) a forced return proposed by the seed, awaiting approval. */
  proposalEvery?: number;
  batchSize?: number;
  /** The signed-in account's password: this script's store unlocks its own copy of the data key with it (the cases are sealed). */
  password?: string;
}

const DAY_MS = 86_400_000;

/**
 * The generator's decisions are long past; every third case gets an order to leave notified
 * 0–59 days ago with 30 days to depart, so the list has overdue, due-soon and running deadlines.
 */
function withRecentOrderToLeave(caseFile: CaseFile, index: number): void {
  if (index % 3 !== 0) return;
  // The second term spreads the days over the cases "my cases" picks (every 50th): with the
  // first alone, those fell on multiples of 10 days and the only due-soon one was due today.
  const daysAgo = (Math.floor(index / 3) + Math.floor(index / 150)) % 60;
  const notified = new Date(Date.now() - daysAgo * DAY_MS).toISOString().slice(0, 10);
  caseFile.decisions = [
    {
      id: crypto.randomUUID(),
      createdAt: caseFile.createdAt,
      updatedAt: caseFile.createdAt,
      updatedBy: caseFile.updatedBy,
      version: 1,
      type: 'order_to_leave',
      decidedOn: notified,
      notifiedOn: notified,
      decidedBy: caseFile.updatedBy,
      legalBasis: 'Aliens Act Art. 7 and 74/14',
      departureDays: 30,
      shortenedPeriodGrounds: [],
    },
  ];
}

const fallbackSeedActor: Actor = { userId: 'e2e-seed', displayName: 'End-to-end seed', role: 'supervisor' };

function withProposal(caseFile: CaseFile, index: number, seedActor: Actor): void {
  const at = new Date(Date.now() - (index + 1) * 60_000).toISOString();
  caseFile.pendingApprovals = [
    {
      id: crypto.randomUUID(),
      createdAt: at,
      updatedAt: at,
      updatedBy: seedActor.userId,
      version: 1,
      actionId: 'decideForcedReturn',
      input: { destinationCountry: 'AL' },
      proposedBy: seedActor,
      proposedAt: at,
      status: 'pending',
    },
  ];
}

async function seedCases(options: SeedCasesOptions): Promise<number> {
  const store = openWorkspaceStore('production', {});
  const batchSize = options.batchSize ?? 5_000;
  let stored = 0;
  try {
    // The signed-in account (the store writes only for an account it knows); before any account exists, a seed actor.
    const seedActor = (await unlockedSignedInActor(store, options.password)) ?? fallbackSeedActor;
    const first = options.from ?? 0;
    for (let from = first; from < first + options.count; from += batchSize) {
      const batch = generateCases(from, Math.min(batchSize, first + options.count - from));
      batch.forEach((caseFile, offset) => withRecentOrderToLeave(caseFile, from + offset));
      const proposalEvery = options.proposalEvery;
      if (proposalEvery !== undefined) {
        batch.forEach((caseFile, offset) => {
          if ((from + offset) % proposalEvery === 0) withProposal(caseFile, from + offset, seedActor);
        });
      }
      if (options.assigneeId !== undefined) {
        const every = options.assignEvery ?? 50;
        batch.forEach((caseFile, offset) => {
          if ((from + offset) % every === 0) caseFile.assigneeId = options.assigneeId;
        });
      }
      stored += await store.cases.importCases(seedActor, batch, { validate: false, description: 'end-to-end seed' });
    }
  } finally {
    store.close();
  }
  return stored;
}

/**
 * Opens one case as the signed-in user from the intake's facts (the intake form's values),
 * through the same mapping and the same openCase action the intake's save uses: for tests
 * whose subject is the case file, not the six steps of the intake. Returns the case id.
 */
async function openCaseFromFacts(facts: unknown, password?: string): Promise<string> {
  const values = IntakeFormSchema.parse(facts);
  const store = openWorkspaceStore('production', {});
  try {
    const actor = (await unlockedSignedInActor(store, password)) ?? fallbackSeedActor;
    const now = new Date();
    const newCase = caseFileFromIntake(values, { actor, now, today: brusselsToday(now), newId: () => crypto.randomUUID() });
    return (await store.cases.openCase(actor, newCase)).id;
  } finally {
    store.close();
  }
}

/**
 * The rows of one table of a workspace as the app reads them (cases and audit events opened),
 * for tests that compare what a screen shows with what is stored: the store is sealed, so a raw
 * IndexedDB read would see ciphertext. Unlocked with the signed-in account's password.
 */
async function readTable(table: string, workspace: 'production' | 'training', password?: string, username?: string): Promise<unknown[]> {
  const production = openWorkspaceStore('production', {});
  const store = workspace === 'production' ? production : openWorkspaceStore('training', { keyHolder: production.db });
  try {
    // Nobody signed in on the page (a test between two accounts): the given account signs in to this script's store.
    if (username !== undefined && password !== undefined) await production.users.authenticate(username, password);
    else await unlockedSignedInActor(production, password);
    return await store.db.table(table).toArray();
  } finally {
    if (store !== production) store.close();
    production.close();
  }
}

/**
 * Renames the first stored case's primary identity in place, without an audit event (as
 * someone editing the store would): for tests of what an export does with such a name.
 * Returns the case's reference.
 */
async function renameFirstCase(familyName: string, givenNames: string, password?: string): Promise<string> {
  const store = openWorkspaceStore('production', {});
  try {
    await unlockedSignedInActor(store, password);
    const row = await store.db.cases.orderBy(':id').first();
    const identity = row?.caseFile.identities[0];
    if (!row || !identity) throw new Error('No case to rename');
    const caseFile = { ...row.caseFile, identities: [{ ...identity, familyName, givenNames }, ...row.caseFile.identities.slice(1)] };
    await store.db.cases.put({ ...toCaseRow(caseFile, store.db.nextDeadlineOf), ...(row.auditEvent ? { auditEvent: row.auditEvent } : {}) });
    return caseFile.reference;
  } finally {
    store.close();
  }
}

Object.assign(window, {
  ercmsE2eSeedCases: seedCases,
  ercmsE2eOpenCase: openCaseFromFacts,
  ercmsE2eReadTable: readTable,
  ercmsE2eRenameFirstCase: renameFirstCase,
});
