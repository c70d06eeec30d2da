import { addCaseRows, replaceCaseRow } from './caseRowWrite';
import type { Actor } from '../../../shared/model/actor';
import type { AuditEvent } from '../../../shared/model/auditEvent';
import type { CaseFile } from '../../../shared/model/caseFile';
import { CaseFileSchema } from '../../../shared/model/caseFile';
import type { CaseFileExport } from '../../../shared/model/caseFileExport';
import { CASE_FILE_FORMAT } from '../../../shared/model/caseFileExport';
import { caseReferencePrefix, nextCaseReference } from '../../../shared/model/caseReference';
import { brusselsDate } from '../../../shared/rules/deadlines';
import type { NewCase } from '../../../shared/workflow/actions/openCase';
import type { CountRow } from './caseCounts';
import { addCountDeltas, applyCountDeltas } from './caseCounts';
import { diffCaseFiles } from '../../../shared/workflow/caseDiff';
import { Dexie, type ObservabilitySet } from 'dexie';
import type { CaseFilter, CaseMatchCount, CasePage, CaseQuery } from './caseQuery';
import { countCases, queryCases } from './caseQuery';
import type { CaseRow } from './caseRow';
import { toCaseRow } from './caseRow';
import type { CaseSearchResult } from './caseSearch';
import { inForeground } from './foregroundReads';
import { searchByDocumentNumber, searchByName, searchByReference, searchCases } from './caseSearch';
import { composeWithAudit, writeWithAudit } from './auditedWrite';
import type { AuditDraft, StoredAuditEvent } from './auditEventRecord';
import { ActionRefusedError, CaseReferenceClashError, ConflictError, NotFoundError, PermissionError } from './errors';
import { assertPermission, hasPermission } from './permissions';
import { readCasesForPrint, type CasePrintRequest, type CasePrintResult } from './casePrintRead';
import { createSettings } from './settings';
import type { StoreContext } from './storeContext';
import type { WorkflowPort } from './workflowPort';
import type { ErcmsDatabase } from './database';
import type { Workspace } from './workspace';

export interface ActionRequest {
  caseId: string;
  /** The version of the case the user was looking at when they chose the action. */
  expectedVersion: number;
  actionId: string;
  input: unknown;
}

export interface ActionResult {
  caseFile: CaseFile;
  event: StoredAuditEvent;
}

/** What the audit trail keeps of one case export. */
export interface CaseExportRecord {
  format: 'csv' | 'xlsx';
  fileName: string;
  /** The selection, as the screen gave it (a figure filter, or null for every case). */
  filter: unknown;
  columns: readonly string[];
  rowCount: number;
  sha256: string;
  pseudonymised: boolean;
}

export interface CaseCounts {
  total: number;
  byStage: Record<string, number>;
  byNationality: Record<string, number>;
  byRoute: Record<string, number>;
}

/**
 * The only way the app reads and writes cases. Every write is checked against the actor's
 * role first (a refusal writes nothing), carries the version it was read at (a stale one
 * is refused naming who changed the case), and is stored with its audit event and the
 * updated counts in one transaction.
 */
export function createCaseRepository(context: StoreContext, workflow: WorkflowPort) {
  const { db, workspace } = context;

  function checkWorkspaceFlag(caseFile: CaseFile): void {
    const training = workspace === 'training';
    if (caseFile.training !== training) {
      throw new PermissionError(
        'case.write',
        training
          ? 'Only demo cases (marked as training) can be stored in the training workspace.'
          : 'A demo case (marked as training) cannot be stored in the production workspace.',
      );
    }
  }

  async function requireRow(caseId: string): Promise<CaseRow> {
    const row = await db.cases.get(caseId);
    if (!row) throw new NotFoundError(`Case ${caseId}`);
    return row;
  }

  return {
    /**
     * Opens a new case: the workflow's openCase action on the intake's facts. The reference
     * (the next of the workspace's series, RC- or TRN-) and the office (`settings.office`)
     * are read for the write and read again inside its transaction: if another window
     * numbered a case or the office changed meanwhile, nothing is written and the number is
     * allocated afresh. (The audit event is hashed before the transaction, as WebCrypto
     * cannot run inside one, so the allocation is confirmed there rather than made there.)
     */
    async openCase(actor: Actor, newCase: NewCase): Promise<CaseFile> {
      assertPermission(actor, 'case.open', workspace);
      const settings = createSettings(context);
      for (let attempt = 0; attempt < ALLOCATION_ATTEMPTS; attempt += 1) {
        const now = context.now();
        const prefix = caseReferencePrefix(workspace, Number(brusselsDate(now).slice(0, 4)));
        const [{ office }, highest] = await Promise.all([settings.read(), highestReference(db, prefix)]);
        const reference = nextCaseReference(workspace, Number(brusselsDate(now).slice(0, 4)), highest);
        const outcome = workflow.openCase(newCase, { reference, office, workspace }, actor, now);
        if (!outcome.ok) throw new ActionRefusedError(outcome.failure);
        const caseFile = CaseFileSchema.parse(outcome.caseFile);
        checkWorkspaceFlag(caseFile);
        const row = toCaseRow(caseFile, db.nextDeadlineOf);
        const { sequence: _sequence, previousHash: _previousHash, hash: _hash, ...event } = outcome.event;
        const draft: AuditDraft = { ...event, id: event.id || context.newId(), caseId: caseFile.id, actor: { ...actor } };
        try {
          await writeWithAudit(
            db,
            [draft],
            async () => {
              const [inside, insideHighest, taken] = await Promise.all([
                settings.read(),
                highestReference(db, prefix),
                db.cases.where('reference').equals(row.reference).count(),
              ]);
              if (insideHighest !== highest || inside.office !== office) throw new AllocationMovedError();
              if (taken > 0) throw new CaseReferenceClashError(caseFile.reference);
              await addCaseRows(db, [row]);
              await updateCounts(db, addCountDeltas(new Map(), undefined, row));
            },
            { rows: [row] },
          );
          return caseFile;
        } catch (error) {
          if (error instanceof AllocationMovedError) continue;
          throw error;
        }
      }
      throw new Error('Cases are being opened in another window without pause: no case reference could be allocated. Nothing was saved; try again.');
    },

    /**
     * Stores one case that already has its reference (a case file brought in from elsewhere,
     * test fixtures). A new case is opened with `openCase`. The case file is validated first.
     */
    async create(actor: Actor, input: CaseFile): Promise<CaseFile> {
      assertPermission(actor, 'case.open', workspace);
      const caseFile = CaseFileSchema.parse(input);
      checkWorkspaceFlag(caseFile);
      const row = toCaseRow(caseFile, db.nextDeadlineOf);
      const draft: AuditDraft = {
        id: context.newId(),
        caseId: caseFile.id,
        actor: { ...actor },
        at: context.now().toISOString(),
        action: 'case.created',
        changes: diffCaseFiles(undefined, caseFile),
      };
      await writeWithAudit(
        db,
        [draft],
        async () => {
          if (await db.cases.where('reference').equals(row.reference).count()) throw new CaseReferenceClashError(caseFile.reference);
          await addCaseRows(db, [row]);
          await updateCounts(db, addCountDeltas(new Map(), undefined, row));
        },
        { rows: [row] },
      );
      return caseFile;
    },

    /** Reads a case without recording a view (lists, background refresh). */
    async get(actor: Actor, caseId: string): Promise<CaseFile> {
      assertPermission(actor, 'case.read', workspace);
      return (await requireRow(caseId)).caseFile;
    },

    /** The case as stored, or undefined when this workspace has none with that id (a live view of the case file). */
    async find(actor: Actor, caseId: string): Promise<CaseFile | undefined> {
      assertPermission(actor, 'case.read', workspace);
      return (await db.cases.get(caseId))?.caseFile;
    },

    /** The audit events of one case, oldest first (the case file's history). */
    async auditEvents(actor: Actor, caseId: string): Promise<StoredAuditEvent[]> {
      assertPermission(actor, 'case.read', workspace);
      return db.audit.where('[caseId+sequence]').between([caseId, 0], [caseId, Number.MAX_SAFE_INTEGER]).toArray();
    },

    /** Opens a case file for the user to read: the view is audited. */
    async open(actor: Actor, caseId: string): Promise<CaseFile> {
      assertPermission(actor, 'case.read', workspace);
      const row = await requireRow(caseId);
      const draft: AuditDraft = { id: context.newId(), caseId, actor: { ...actor }, at: context.now().toISOString(), action: 'case.viewed', changes: [] };
      await writeWithAudit(db, [draft], async () => undefined);
      return row.caseFile;
    },

    /**
     * Performs a workflow action on a case: permission check, version check, the pure action,
     * then the new case, its audit event and the counts in one transaction.
     */
    async applyAction(actor: Actor, request: ActionRequest): Promise<ActionResult> {
      assertPermission(actor, 'case.write', workspace);
      // The action's own permission (reopening, deciding a four-eyes proposal) comes from the shared role table.
      assertPermission(actor, workflow.permissionOf(request.actionId) ?? 'case.write', workspace);
      // Read, performed and written in one transaction: no other window can save the case in between.
      const { result: caseFile, events } = await composeWithAudit(db, actor, async () => {
        // The stage and route counts an action moves are read beside the case: one round trip.
        const countsRead = readMovableCounts(db);
        countsRead.catch(() => undefined);
        const row = await requireRow(request.caseId);
        const approvalId = workflow.decidedApprovalId(request.actionId, request.input);
        if (approvalId !== undefined) checkApprover(actor, row.caseFile, approvalId, workspace);
        if (row.caseFile.version !== request.expectedVersion) throw await conflict(db, row, request.expectedVersion);
        const outcome = workflow.perform(request.actionId, row.caseFile, actor, context.now(), request.input);
        if (!outcome.ok) throw new ActionRefusedError(outcome.failure);
        const changed = CaseFileSchema.parse(outcome.caseFile);
        if (changed.id !== row.id) throw new Error(`The action ${request.actionId} returned another case; nothing was saved.`);
        const next = toCaseRow(changed, db.nextDeadlineOf);
        const counts = await countRowsAfter(db, addCountDeltas(new Map(), row, next), await countsRead);
        return {
          draft: toDraft(outcome.event, changed, row.caseFile, actor, context),
          row: next,
          write: async () => {
            await Promise.all([replaceCaseRow(db, next, row), counts.length > 0 ? db.counts.bulkPut(counts) : undefined]);
            return changed;
          },
        };
      });
      const event = events[0];
      if (!event) throw new Error('The audit event was not written.');
      return { caseFile, event };
    },

    /**
     * Stores many cases at once (import, training seed): validated, then one transaction with
     * one audit event naming how many cases came in.
     */
    async importCases(
      actor: Actor,
      caseFiles: readonly CaseFile[],
      options: { description?: string; validate?: boolean; eventPerCase?: boolean } = {},
    ): Promise<number> {
      // Reseeding the training workspace is also allowed to whoever may reset it (administrators).
      const reseedingTraining = workspace === 'training' && hasPermission(actor.role, 'training.reset');
      if (!reseedingTraining) assertPermission(actor, 'case.write', workspace);
      const valid = options.validate === false ? caseFiles : caseFiles.map((caseFile) => CaseFileSchema.parse(caseFile));
      valid.forEach(checkWorkspaceFlag);
      const rows = valid.map((caseFile) => toCaseRow(caseFile, db.nextDeadlineOf));
      const deltas = new Map<string, number>();
      for (const row of rows) addCountDeltas(deltas, undefined, row);
      const first = rows[0]?.reference;
      const last = rows[rows.length - 1]?.reference;
      const at = context.now().toISOString();
      const draft: AuditDraft = {
        id: context.newId(),
        actor: { ...actor },
        at,
        action: 'case.imported',
        subject: `${rows.length} case(s)${first ? ` ${first} … ${last ?? first}` : ''}${options.description ? `: ${options.description}` : ''}`.slice(0, 300),
        changes: [],
      };
      // A few cases (a training scenario) get an event each, so each case's history starts with
      // how it came in; the batch event stays last, since it is the one the rows are stamped with.
      const perCase: AuditDraft[] = options.eventPerCase
        ? rows.map((row) => ({
            id: context.newId(),
            actor: { ...actor },
            at,
            action: 'case.imported',
            caseId: row.id,
            subject: `${row.reference}${options.description ? `: ${options.description}` : ''}`.slice(0, 300),
            changes: [],
          }))
        : [];
      await writeWithAudit(
        db,
        [...perCase, draft],
        async () => {
          await addCaseRows(db, rows);
          await updateCounts(db, deltas);
        },
        { rows },
      );
      return rows.length;
    },

    /**
     * The given cases as an `ercms-case-file/1` document (import into another office, a
     * scenario file). Supervisors and administrators only; the export is audited.
     */
    async exportCaseFiles(actor: Actor, caseIds: readonly string[], options: { description?: string; fileName?: string } = {}): Promise<CaseFileExport> {
      assertPermission(actor, 'case.export', workspace);
      const rows = await db.cases.bulkGet([...caseIds]);
      const missing = caseIds.filter((_, index) => rows[index] === undefined);
      if (missing.length > 0) throw new NotFoundError(`Case ${missing.join(', ')}`);
      const at = context.now().toISOString();
      const draft: AuditDraft = {
        id: context.newId(),
        actor: { ...actor },
        at,
        action: 'export.caseFiles',
        subject: `${caseIds.length} case(s)${options.fileName ? `, file ${options.fileName}` : ''}`.slice(0, 300),
        ...(caseIds.length === 1 ? { caseId: caseIds[0] } : {}),
        changes: [],
      };
      await writeWithAudit(db, [draft], async () => undefined);
      return {
        format: CASE_FILE_FORMAT,
        exportedAt: at,
        exportedBy: { ...actor },
        ...(options.description ? { description: options.description } : {}),
        cases: rows.flatMap((row) => (row ? [row.caseFile] : [])),
      };
    },

    /**
     * Records a case export (CSV, XLSX) in the audit trail: what was selected (the filter),
     * which columns, how many rows, the file's SHA-256 and whether it was pseudonymised.
     * Supervisors and administrators only (trainers in training): the store refuses
     * anyone else, whatever the screen offers. The rows themselves are read with
     * `streamCases(actor, { permission: 'case.export' }, …)`, refused likewise.
     */
    async recordCaseExport(actor: Actor, record: CaseExportRecord): Promise<void> {
      assertPermission(actor, 'case.export', workspace);
      const draft: AuditDraft = {
        id: context.newId(),
        actor: { ...actor },
        at: context.now().toISOString(),
        action: 'export.cases',
        subject: `${record.format.toUpperCase()} ${record.rowCount} row(s), file ${record.fileName}${record.pseudonymised ? ', pseudonymised' : ''}`.slice(
          0,
          300,
        ),
        changes: [
          { path: 'filter', before: null, after: record.filter },
          { path: 'columns', before: null, after: [...record.columns] },
          { path: 'rowCount', before: null, after: record.rowCount },
          { path: 'sha256', before: null, after: record.sha256 },
          { path: 'pseudonymised', before: null, after: record.pseudonymised },
        ],
      };
      await writeWithAudit(db, [draft], async () => undefined);
    },

    /** The cases of a PDF case file or bulk PDF: export permission, audited with selection and count (casePrintRead.ts). */
    readCasesForPrint(actor: Actor, request: CasePrintRequest): Promise<CasePrintResult> {
      return readCasesForPrint(context, actor, request);
    },

    async list(actor: Actor, query: CaseQuery = {}): Promise<CasePage> {
      assertPermission(actor, 'case.read', workspace);
      // A page of the list someone is looking at: before background loops (foregroundReads.ts).
      return inForeground(() => queryCases(db, query));
    },

    /**
     * Every case of the workspace in primary-key order, `chunkSize` rows at a time: the
     * reports read the whole store without ever holding it (a dashboard, a figure's cases,
     * an export). Each chunk is its own short read, so writes are never held up; a case
     * saved meanwhile is read at most once. The next chunk is already being read while
     * `onChunk` works on this one, so the reading (in the browser's storage process) and the
     * caller's work overlap; at most two chunks are held. `permission` is what the reading is for:
     * `case.export` for an export, so that the store refuses it to a caseworker. Resolves
     * with the number of cases read; stops with the signal's reason once it is aborted.
     */
    async streamCases(
      actor: Actor,
      options: { chunkSize?: number; permission?: 'case.read' | 'case.export'; range?: CaseIdRange },
      onChunk: (rows: CaseRow[]) => void | Promise<void>,
      signal?: AbortSignal,
    ): Promise<number> {
      assertPermission(actor, options.permission ?? 'case.read', workspace);
      const chunkSize = Math.max(1, options.chunkSize ?? STREAM_CHUNK_SIZE);
      const { from, below } = options.range ?? {};
      const readAfter = (after: string | undefined): Promise<CaseRow[]> => {
        const rows = casesInRange(db, after === undefined ? from : after, after !== undefined, below)
          .limit(chunkSize)
          .toArray();
        // Handled here too: when onChunk throws or the scan is aborted, a read ahead is left unawaited.
        rows.catch(() => undefined);
        return rows;
      };
      signal?.throwIfAborted();
      let next = readAfter(undefined);
      let read = 0;
      for (;;) {
        const rows = await next;
        signal?.throwIfAborted();
        const last = rows[rows.length - 1];
        if (!last) return read;
        read += rows.length;
        const more = rows.length === chunkSize;
        if (more) next = readAfter(last.id);
        await onChunk(rows);
        if (!more) return read;
        signal?.throwIfAborted();
      }
    },

    /**
     * The id that splits the workspace's cases into two halves of about the same size (the
     * export reads them in two workers: `streamCases` with `{ below }` and `{ from }`), or
     * undefined when there are fewer than two. The index's keys only: no case is read.
     */
    async middleCaseId(actor: Actor, permission: 'case.read' | 'case.export' = 'case.read'): Promise<string | undefined> {
      assertPermission(actor, permission, workspace);
      const total = (await db.counts.get('total'))?.count ?? 0;
      if (total < 2) return undefined;
      const [middle] = await db.cases
        .orderBy(':id')
        .offset(Math.floor(total / 2))
        .limit(1)
        .primaryKeys();
      return typeof middle === 'string' ? middle : undefined;
    },

    /** The search box: reference, document number or name, narrowed by the list's filters while searching. */
    async search(actor: Actor, text: string, limit?: number, filter?: CaseFilter): Promise<CaseSearchResult> {
      assertPermission(actor, 'case.read', workspace);
      return inForeground(() => searchCases(db, text, limit, filter));
    },

    /**
     * How many cases match a filter combination the incremental counts do not hold: exact
     * when an index serves every filter (its key range is counted), else "at least `cap`".
     */
    async countMatching(actor: Actor, filter: CaseFilter, cap = MATCH_COUNT_CAP): Promise<CaseMatchCount> {
      assertPermission(actor, 'case.read', workspace);
      return countCases(db, filter, cap);
    },

    /**
     * The cases with a four-eyes proposal awaiting a decision, oldest proposal first, read
     * from the sparse `[awaitingApprovalSince+id]` index (only those cases are in it).
     */
    async listAwaitingApproval(actor: Actor): Promise<CaseFile[]> {
      assertPermission(actor, 'case.read', workspace);
      const rows = await db.cases.where(AWAITING_APPROVAL_INDEX).between([Dexie.minKey, Dexie.minKey], [Dexie.maxKey, Dexie.maxKey]).toArray();
      return rows.map((row) => row.caseFile);
    },

    /** How many cases await a four-eyes decision (a count of the sparse index: no row is read). */
    async countAwaitingApproval(actor: Actor): Promise<number> {
      assertPermission(actor, 'case.read', workspace);
      return db.cases.where(AWAITING_APPROVAL_INDEX).between([Dexie.minKey, Dexie.minKey], [Dexie.maxKey, Dexie.maxKey]).count();
    },

    /**
     * Calls `listener` after every committed change to this workspace's cases, made in this
     * window or in another window or tab of the app (Dexie broadcasts its mutations between
     * them). Returns the function that stops listening.
     */
    onCasesChanged(listener: () => void): () => void {
      const prefix = `idb://${db.name}/cases/`;
      const subscriber = (parts: ObservabilitySet) => {
        if (Object.keys(parts).some((part) => part.startsWith(prefix) || part === 'all')) listener();
      };
      Dexie.on('storagemutated', subscriber);
      return () => Dexie.on.storagemutated.unsubscribe(subscriber);
    },

    async searchByName(actor: Actor, text: string, limit?: number): Promise<CaseSearchResult> {
      assertPermission(actor, 'case.read', workspace);
      return searchByName(db, text, limit);
    },

    async findByDocumentNumber(actor: Actor, number: string): Promise<CaseSearchResult> {
      assertPermission(actor, 'case.read', workspace);
      return searchByDocumentNumber(db, number);
    },

    async findByReference(actor: Actor, reference: string): Promise<CaseSearchResult> {
      assertPermission(actor, 'case.read', workspace);
      return searchByReference(db, reference);
    },

    /** Counts per stage, nationality and route, read from the counts table (never a table scan). */
    async counts(actor: Actor): Promise<CaseCounts> {
      assertPermission(actor, 'case.read', workspace);
      return readCounts(db);
    },
  };
}

export type CaseRepository = ReturnType<typeof createCaseRepository>;

const AWAITING_APPROVAL_INDEX = '[awaitingApprovalSince+id]';

/** How often opening a case allocates afresh when other windows keep numbering cases meanwhile. */
const ALLOCATION_ATTEMPTS = 20;

/** Thrown inside the opening transaction when the series or the office moved since the number was allocated. */
class AllocationMovedError extends Error {}

/** The highest reference of a series and year (the reference index is ordered; references are stored upper-cased). */
async function highestReference(db: ErcmsDatabase, prefix: string): Promise<string | undefined> {
  return (await db.cases.where('reference').startsWith(prefix).last())?.reference;
}

/** How many cases one read of `streamCases` takes: small enough that a chunk's rules run well within a frame's budget of the main thread. */
export const STREAM_CHUNK_SIZE = 250;

/** Beyond this many matches a filtered count that needs rows read says "at least". */
export const MATCH_COUNT_CAP = 1_000;

export async function readCounts(db: ErcmsDatabase): Promise<CaseCounts> {
  const counts: CaseCounts = { total: 0, byStage: {}, byNationality: {}, byRoute: {} };
  for (const { key, count } of await db.counts.toArray()) {
    if (count === 0) continue;
    const [kind, value = ''] = splitKey(key);
    if (kind === 'total') counts.total = count;
    else if (kind === 'stage') counts.byStage[value] = count;
    else if (kind === 'nationality') counts.byNationality[value] = count;
    else if (kind === 'route') counts.byRoute[value] = count;
  }
  return counts;
}

function splitKey(key: string): [string, string?] {
  const colon = key.indexOf(':');
  return colon < 0 ? [key] : [key.slice(0, colon), key.slice(colon + 1)];
}

/**
 * Inside a transaction: the count rows the deltas change, read and with the deltas applied,
 * ready for `db.counts.bulkPut`. Split from the write so that a caller can read them
 * together with its other reads (one round trip to IndexedDB instead of two).
 */
export async function countRowsAfter(db: ErcmsDatabase, deltas: Map<string, number>, known?: KnownCounts): Promise<CountRow[]> {
  const keys = [...deltas].filter(([, delta]) => delta !== 0).map(([key]) => key);
  if (keys.length === 0) return [];
  const unknown = keys.filter((key) => !known?.covers(key));
  const read = unknown.length > 0 ? await db.counts.bulkGet(unknown) : [];
  const current = new Map<string, CountRow | undefined>(unknown.map((key, index) => [key, read[index]]));
  return applyCountDeltas(
    keys.map((key) => (current.has(key) ? current.get(key) : known?.rows.get(key))),
    keys,
    deltas,
  );
}

/** Count rows already read in the transaction: `rows` holds every stored row of the keys `covers` accepts. */
export interface KnownCounts {
  rows: ReadonlyMap<string, CountRow>;
  covers(key: string): boolean;
}

const MOVABLE_COUNT_PREFIXES = ['route:', 'stage:'] as const;

/** Inside a transaction: the stage and route counts (a few dozen rows), the ones a workflow action moves. */
function readMovableCounts(db: ErcmsDatabase): Promise<KnownCounts> {
  const covers = (key: string) => MOVABLE_COUNT_PREFIXES.some((prefix) => key.startsWith(prefix));
  // 'route:' … 'stage:\uffff' holds exactly the route and stage keys ('nationality:' sorts before, 'total' after).
  return db.counts
    .where(':id')
    .between(MOVABLE_COUNT_PREFIXES[0], `${MOVABLE_COUNT_PREFIXES[1]}\uffff`, true, true)
    .toArray()
    .then((rows) => ({ rows: new Map(rows.filter((row) => covers(row.key)).map((row) => [row.key, row])), covers }));
}

/** Case ids from `from` (or every id, or after it when `fromOpen`) up to `below` (excluded). */
export interface CaseIdRange {
  from?: string;
  below?: string;
}

function casesInRange(db: ErcmsDatabase, from: string | undefined, fromOpen: boolean, below: string | undefined) {
  if (from === undefined && below === undefined) return db.cases.orderBy(':id');
  if (below === undefined) return fromOpen ? db.cases.where(':id').above(from) : db.cases.where(':id').aboveOrEqual(from);
  if (from === undefined) return db.cases.where(':id').below(below);
  return db.cases.where(':id').between(from, below, !fromOpen, false);
}

/** Inside a transaction: adds the deltas to the stored counts. */
export async function updateCounts(db: ErcmsDatabase, deltas: Map<string, number>): Promise<void> {
  const rows = await countRowsAfter(db, deltas);
  if (rows.length > 0) await db.counts.bulkPut(rows);
}

/** Four eyes: only someone allowed to approve (a supervisor; a trainer in training), and never the person who proposed the action. */
function checkApprover(actor: Actor, caseFile: CaseFile, approvalId: string, workspace: Workspace): void {
  assertPermission(actor, 'case.approve', workspace);
  const approval = caseFile.pendingApprovals.find((candidate) => candidate.id === approvalId);
  if (!approval) throw new NotFoundError(`Pending approval ${approvalId}`);
  if (approval.proposedBy.userId === actor.userId) {
    throw new PermissionError('case.approve', 'You proposed this action, so another supervisor must approve or reject it (four-eyes principle).');
  }
}

/**
 * The conflict names who made the stored version and when: the audit event that wrote the
 * row (its hash is on the row), else the newest event of the case's last writer. Never just
 * the newest event of the case: a view, an export or the refused user's own event may come
 * after the write, and the message would then name the wrong person.
 */
async function conflict(db: ErcmsDatabase, current: CaseRow, expectedVersion: number): Promise<ConflictError> {
  const writer = current.caseFile.updatedBy;
  const events = db.audit.where('[caseId+sequence]').between([current.id, 0], [current.id, Number.MAX_SAFE_INTEGER]).reverse();
  const writingEvent =
    current.auditEvent === undefined
      ? undefined
      : await events
          .clone()
          .filter((event) => event.hash === current.auditEvent)
          .first();
  const lastEvent = writingEvent ?? (await events.filter((event) => event.action !== 'case.viewed' && event.actor.userId === writer).first());
  return new ConflictError({
    caseId: current.id,
    reference: current.caseFile.reference,
    expectedVersion,
    actualVersion: current.caseFile.version,
    changedBy: lastEvent?.actor.displayName ?? current.caseFile.updatedBy,
    changedAt: lastEvent?.at ?? current.caseFile.updatedAt,
  });
}

/** The workflow's event, completed by the store: changed fields are computed if it gave none. */
function toDraft(event: AuditEvent, after: CaseFile, before: CaseFile, actor: Actor, context: StoreContext): AuditDraft {
  const { sequence: _sequence, previousHash: _previousHash, hash: _hash, ...content } = event;
  return {
    ...content,
    id: content.id || context.newId(),
    caseId: after.id,
    actor: { ...actor },
    changes: content.changes.length > 0 ? content.changes : diffCaseFiles(before, after),
  };
}
