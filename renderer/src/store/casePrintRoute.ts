import { z } from 'zod';
import { IsoDateSchema } from '../../../shared/model/primitives';
import { ReturnRouteSchema, StageSchema } from '../../../shared/model/stage';
import { FigureFilterSchema } from '../../../shared/reports';
import type { CasePrintSelection } from '../db/casePrintRead';
import type { CaseFilter } from '../db/caseQuery';

/**
 * The print route's address: `/cases/<id>/print` for one case, `/cases/print?filter=…` for
 * the case list's filter and `/cases/print?figure=…` for a figure of the Reports page, each
 * with `pseudonymised=1` for the pseudonymised copy. Built here so that the case list and
 * the Reports page link to it without importing the case-file feature, and so that the
 * address passes the `pdf:print` channel's route check (letters, digits and `-._~/?=&%`).
 */
export const PRINT_FILTER_PARAM = 'filter';
export const PRINT_FIGURE_PARAM = 'figure';
export const PSEUDONYMISED_PARAM = 'pseudonymised';

const CaseFilterSchema = z
  .object({
    stage: StageSchema.optional(),
    assignee: z.string().max(100).optional(),
    nationality: z.string().max(10).optional(),
    route: ReturnRouteSchema.optional(),
    deadline: z.object({ from: IsoDateSchema.optional(), to: IsoDateSchema.optional() }).strict().optional(),
  })
  .strict();

/** encodeURIComponent leaves `!'()*` as they are; the route check admits none of them. */
function encodeParam(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

function query(entries: readonly (readonly [string, string])[]): string {
  return entries.length === 0 ? '' : `?${entries.map(([key, value]) => `${key}=${encodeParam(value)}`).join('&')}`;
}

function pseudonymisedEntry(pseudonymised: boolean): (readonly [string, string])[] {
  return pseudonymised ? [[PSEUDONYMISED_PARAM, '1']] : [];
}

/** The print route of one case. */
export function casePrintPath(caseId: string, pseudonymised = false): string {
  return `/cases/${encodeParam(caseId)}/print${query(pseudonymisedEntry(pseudonymised))}`;
}

/** The print route of a selection (a bulk PDF). */
export function selectionPrintPath(selection: Exclude<CasePrintSelection, { kind: 'case' }>, pseudonymised = false): string {
  const param = selection.kind === 'filter' ? PRINT_FILTER_PARAM : PRINT_FIGURE_PARAM;
  return `/cases/print${query([[param, JSON.stringify(selection.filter)], ...pseudonymisedEntry(pseudonymised)])}`;
}

export type PrintRouteRequest = { kind: 'selection'; selection: CasePrintSelection; pseudonymised: boolean } | { kind: 'invalid' };

/** What a print route asks for; anything that is not a valid selection is 'invalid' (nothing is printed). */
export function printRouteRequest(caseId: string | undefined, params: URLSearchParams): PrintRouteRequest {
  const pseudonymised = params.get(PSEUDONYMISED_PARAM) === '1';
  if (caseId !== undefined) return caseId ? { kind: 'selection', selection: { kind: 'case', caseId }, pseudonymised } : { kind: 'invalid' };
  const filter = params.get(PRINT_FILTER_PARAM);
  const figure = params.get(PRINT_FIGURE_PARAM);
  if ((filter === null) === (figure === null)) return { kind: 'invalid' };
  const json = parseJson(filter ?? figure ?? '');
  if (filter !== null) {
    const parsed = CaseFilterSchema.safeParse(json);
    return parsed.success ? { kind: 'selection', selection: { kind: 'filter', filter: withoutUndefined(parsed.data) }, pseudonymised } : { kind: 'invalid' };
  }
  const parsed = FigureFilterSchema.safeParse(json);
  return parsed.success ? { kind: 'selection', selection: { kind: 'figure', filter: parsed.data }, pseudonymised } : { kind: 'invalid' };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** exactOptionalPropertyTypes: a parsed filter carries no key set to undefined. */
function withoutUndefined(filter: z.infer<typeof CaseFilterSchema>): CaseFilter {
  const result: CaseFilter = {};
  if (filter.stage !== undefined) result.stage = filter.stage;
  if (filter.assignee !== undefined) result.assignee = filter.assignee;
  if (filter.nationality !== undefined) result.nationality = filter.nationality;
  if (filter.route !== undefined) result.route = filter.route;
  if (filter.deadline !== undefined) {
    const deadline: NonNullable<CaseFilter['deadline']> = {};
    if (filter.deadline.from !== undefined) deadline.from = filter.deadline.from;
    if (filter.deadline.to !== undefined) deadline.to = filter.deadline.to;
    result.deadline = deadline;
  }
  return result;
}
