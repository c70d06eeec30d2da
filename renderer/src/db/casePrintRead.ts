import type { Actor } from '../../../shared/model/actor';
import type { AuditEvent } from '../../../shared/model/auditEvent';
import type { CaseFile } from '../../../shared/model/caseFile';
import { caseMatchesFigureFilter, type FigureFilter } from '../../../shared/reports';
import { writeWithAudit } from './auditedWrite';
import type { AuditDraft } from './auditEventRecord';
import type { CaseFilter } from './caseQuery';
import { MAX_PAGE_SIZE, queryCases } from './caseQuery';
import { NotFoundError } from './errors';
import { assertPermission } from './permissions';
import type { StoreContext } from './storeContext';

/** What a PDF holds: one case, the case list's current filter, or the cases behind a figure of the Reports page. */
export type CasePrintSelection = { kind: 'case'; caseId: string } | { kind: 'filter'; filter: CaseFilter } | { kind: 'figure'; filter: FigureFilter };

export interface CasePrintRequest {
  selection: CasePrintSelection;
  pseudonymised: boolean;
  /** At most this many cases in one document (CASE_PRINT_CAP by default). */
  cap?: number;
}

/** One case of the document with its history (the timeline). */
export interface PrintedCaseRecord {
  caseFile: CaseFile;
  events: AuditEvent[];
}

export type CasePrintResult = { status: 'ready'; cases: PrintedCaseRecord[] } | { status: 'tooMany'; count: number; cap: number };

/**
 * The most cases one PDF holds. A case file runs to a few pages; 200 cases are a document
 * of several hundred pages that a print dialog still renders in a reasonable time. A wider
 * selection is refused with its size (never cut silently), so the user narrows the filter
 * or uses the CSV/XLSX export, which has no such limit.
 */
export const CASE_PRINT_CAP = 200;

const FIGURE_CHUNK_SIZE = 250;

/**
 * Reads the cases of a PDF case file (or of a bulk PDF) for the print route. A PDF is an
 * export: the store asks for the export permission (a caseworker is refused whatever the
 * screen shows) and writes the export to the audit trail with its selection, the number of
 * cases and whether the copy is pseudonymised, before anything is returned. A selection
 * above the cap is refused before any case is read for printing, and not recorded.
 */
export async function readCasesForPrint(context: StoreContext, actor: Actor, request: CasePrintRequest): Promise<CasePrintResult> {
  const { db, workspace } = context;
  assertPermission(actor, 'case.export', workspace);
  const cap = Math.max(1, Math.min(request.cap ?? CASE_PRINT_CAP, CASE_PRINT_CAP));
  const selected = await selectCases(context, request.selection, cap);
  if (selected.status === 'tooMany') return selected;
  const cases = selected.caseFiles;
  const draft: AuditDraft = {
    id: context.newId(),
    actor: { ...actor },
    at: context.now().toISOString(),
    action: 'export.casePdf',
    subject: `PDF ${cases.length} case(s)${request.pseudonymised ? ', pseudonymised' : ''}`.slice(0, 300),
    ...(request.selection.kind === 'case' ? { caseId: request.selection.caseId } : {}),
    changes: [
      { path: 'filter', before: null, after: selectionRecord(request.selection) },
      { path: 'rowCount', before: null, after: cases.length },
      { path: 'references', before: null, after: cases.map((caseFile) => caseFile.reference) },
      { path: 'pseudonymised', before: null, after: request.pseudonymised },
    ],
  };
  await writeWithAudit(db, [draft], async () => undefined);
  const events = await Promise.all(
    cases.map((caseFile) => db.audit.where('[caseId+sequence]').between([caseFile.id, 0], [caseFile.id, Number.MAX_SAFE_INTEGER]).toArray()),
  );
  return {
    status: 'ready',
    cases: cases.map((caseFile, index) => ({
      caseFile,
      events: (events[index] ?? []).flatMap((event) => (event.caseId ? [{ ...event, caseId: event.caseId }] : [])),
    })),
  };
}

type Selected = { status: 'selected'; caseFiles: CaseFile[] } | { status: 'tooMany'; count: number; cap: number };

async function selectCases({ db }: StoreContext, selection: CasePrintSelection, cap: number): Promise<Selected> {
  switch (selection.kind) {
    case 'case': {
      const row = await db.cases.get(selection.caseId);
      if (!row) throw new NotFoundError(`Case ${selection.caseId}`);
      return { status: 'selected', caseFiles: [row.caseFile] };
    }
    case 'filter': {
      // One page one longer than the cap tells whether the selection fits; then it is counted.
      const page = await queryCases(db, { filter: selection.filter, sort: { column: 'reference', direction: 'asc' }, pageSize: Math.min(cap, MAX_PAGE_SIZE) });
      if (page.next) return { status: 'tooMany', count: await countAll(db, selection.filter, page.rows.length, page.next), cap };
      return { status: 'selected', caseFiles: page.rows.map((row) => row.caseFile) };
    }
    case 'figure': {
      // The figure's rule is the one its number was counted with (the Reports page), case by case over the whole store.
      const matching: CaseFile[] = [];
      let count = 0;
      let after: string | undefined;
      for (;;) {
        const rows =
          after === undefined
            ? await db.cases.orderBy(':id').limit(FIGURE_CHUNK_SIZE).toArray()
            : await db.cases.where(':id').above(after).limit(FIGURE_CHUNK_SIZE).toArray();
        for (const row of rows) {
          if (!caseMatchesFigureFilter(row.caseFile, selection.filter)) continue;
          count += 1;
          if (matching.length < cap) matching.push(row.caseFile);
        }
        const last = rows[rows.length - 1];
        if (!last || rows.length < FIGURE_CHUNK_SIZE) break;
        after = last.id;
      }
      if (count > cap) return { status: 'tooMany', count, cap };
      return { status: 'selected', caseFiles: matching.sort((a, b) => a.reference.localeCompare(b.reference)) };
    }
  }
}

async function countAll(
  db: StoreContext['db'],
  filter: CaseFilter,
  counted: number,
  next: NonNullable<Awaited<ReturnType<typeof queryCases>>['next']>,
): Promise<number> {
  let total = counted;
  let after: typeof next | undefined = next;
  while (after) {
    const page = await queryCases(db, { filter, sort: { column: 'reference', direction: 'asc' }, pageSize: MAX_PAGE_SIZE, after });
    total += page.rows.length;
    after = page.next;
  }
  return total;
}

/** The selection as the audit trail keeps it (plain JSON). */
function selectionRecord(selection: CasePrintSelection): unknown {
  return JSON.parse(JSON.stringify(selection)) as unknown;
}
