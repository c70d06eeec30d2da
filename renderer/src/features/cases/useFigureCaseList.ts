import { useMemo } from 'react';
import type { Actor } from '../../../../shared/model/actor';
import { caseMatchesFigureFilter } from '../../../../shared/reports';
import { useCaseScan, type CaseScan } from '../../store/useCaseScan';
import type { WorkspaceStore } from '../../store/workspaceStore';
import type { CaseListFigure } from './caseListFigureFilter';
import type { CaseListSort } from '../../stores/caseListFilters';
import { toCaseListRow, type CaseListRow } from './caseListRow';
import type { CaseListRows } from './useCaseList';

/**
 * The cases behind a figure of the Reports page: the store is read once, in key-ordered
 * chunks, and each case is kept when `caseMatchesFigureFilter` (the rule the figure was
 * counted with) says it is one of them; only the list's line of a kept case is held. The
 * rows are then put in the list's order.
 */
export function useFigureCaseList(
  store: WorkspaceStore,
  actor: Actor,
  figure: CaseListFigure | undefined,
  sort: CaseListSort,
): CaseListRows & { read: number; total: number | undefined } {
  const key = figure ? `figure:${store.workspace}:${JSON.stringify(figure.filter)}` : '';
  const makeScan = figure
    ? (): CaseScan<CaseListRow[]> => {
        const rows: CaseListRow[] = [];
        return {
          add: (chunk) => {
            for (const row of chunk) if (caseMatchesFigureFilter(row.caseFile, figure.filter)) rows.push(toCaseListRow(row));
          },
          result: () => rows,
        };
      }
    : undefined;
  const scan = useCaseScan(store, actor, key, makeScan);
  const rows = useMemo(() => (scan.result ? sortRows(scan.result, sort) : []), [scan.result, sort]);
  return {
    rows,
    loading: !scan.done && !scan.failed,
    complete: scan.done,
    truncated: false,
    failed: scan.failed,
    loadMore: noMore,
    read: scan.read,
    total: scan.total,
  };
}

function noMore(): void {}

const sortValue: Readonly<Record<CaseListSort['column'], (row: CaseListRow) => string>> = {
  updatedAt: (row) => row.updatedAt,
  reference: (row) => row.reference,
  nextDeadline: (row) => row.nextDeadline ?? '\uffff',
  stage: (row) => row.stage,
  nationality: (row) => row.nationality,
  route: (row) => row.route,
  assignee: (row) => row.assignee,
  name: (row) => row.name.toLocaleLowerCase(),
};

function sortRows(rows: readonly CaseListRow[], sort: CaseListSort): CaseListRow[] {
  const value = sortValue[sort.column];
  const direction = sort.direction === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => direction * (compare(value(a), value(b)) || compare(a.id, b.id)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
