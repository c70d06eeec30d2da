import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Actor } from '../../../../shared/model/actor';
import { useCaseListStore } from '../../stores/caseListStore';
import { workspaceStore } from '../../store/workspaceStore';
import type { CaseListColumn } from './caseListColumns';
import { caseListCount, countedByStore } from './caseListCount';
import { planCaseList, sortFixedByDeadline } from './caseListPlan';
import { useAssigneeDirectory } from '../../store/useAssigneeDirectory';
import { useCaseCounts } from '../../store/useCaseCounts';
import { useCaseList } from './useCaseList';
import type { VisibleRange } from './caseListWindow';
import { useMatchingCount } from '../../store/useMatchingCount';
import { useDebouncedValue } from '@mantine/hooks';
import { useFormats } from '../../ui/format/useFormats';
import { useOfficeToday } from '../../ui/useOfficeToday';
import { useDueSoonPolicy } from '../../ui/useDueSoonPolicy';
import type { Workspace } from '../../db/workspace';
import type { CaseListFigure } from './caseListFigureFilter';
import { useFigureCaseList } from './useFigureCaseList';

/**
 * Search waits this long after the last keystroke of a burst; the first change after a pause
 * (a paste, a scanned number, the first letter) is searched at once (`leading`): the wait was
 * half of the 100 ms the whole search may take on screen.
 */
export const SEARCH_DEBOUNCE_MS = 50;

/**
 * Everything the case list screen shows, wired to the store and the persisted filters.
 * With a figure (a link from the Reports page) the list holds exactly that figure's cases.
 */
export function useCaseListPage(actor: Actor, workspace: Workspace, figure?: CaseListFigure) {
  const store = workspaceStore(workspace);
  const filters = useCaseListStore((state) => state.filters);
  const sort = useCaseListStore((state) => state.sort);
  const setSort = useCaseListStore((state) => state.setSort);
  const [search, setSearch] = useState('');
  const [settledSearch] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS, { leading: true });
  const { today } = useOfficeToday();
  const plan = useMemo(() => planCaseList(filters, sort, actor.userId, today), [filters, sort, actor.userId, today]);
  const [visible, setVisible] = useState<VisibleRange>({ start: 0, end: 0 });
  const onVisibleRange = useCallback(
    (start: number, end: number) => setVisible((current) => (current.start === start && current.end === end ? current : { start, end })),
    [],
  );
  const pagedList = useCaseList(store, actor, plan, settledSearch, visible);
  const figureList = useFigureCaseList(store, actor, figure, sort);
  const list = figure ? figureList : pagedList;
  const counts = useCaseCounts(store, actor);
  const searching = settledSearch.trim().length > 0;
  const matching = useMatchingCount(store, actor, plan.filter ?? {}, !searching && !countedByStore(filters));
  const assignees = useAssigneeDirectory(actor);
  const formats = useFormats();
  const dueSoon = useDueSoonPolicy(workspace);
  const navigate = useNavigate();
  const { t } = useTranslation();
  const cellContext = useMemo(() => ({ t, formats, assignees, today, dueSoon }), [t, formats, assignees, today, dueSoon]);

  const onSort = useCallback(
    (column: CaseListColumn) => {
      if (!column.sortColumn) return;
      const direction = sort.column === column.sortColumn ? (sort.direction === 'asc' ? 'desc' : 'asc') : column.sortColumn === 'updatedAt' ? 'desc' : 'asc';
      setSort({ column: column.sortColumn, direction });
    },
    [sort, setSort],
  );
  const onOpen = useCallback((caseId: string) => void navigate(`/cases/${caseId}`), [navigate]);

  return {
    list,
    sort,
    onSort,
    onOpen,
    onVisibleRange,
    search,
    setSearch,
    searching,
    sortFixed: !figure && sortFixedByDeadline(filters),
    count: figure
      ? { kind: list.complete ? ('exact' as const) : ('atLeast' as const), count: list.rows.length }
      : caseListCount(filters, searching, counts, list.rows.length, list.complete, matching),
    figureProgress: figure && !figureList.complete ? { read: figureList.read, total: figureList.total } : undefined,
    counts,
    assignees,
    formats,
    cellContext,
    /** The list's filters as the store reads them: what "PDF of these cases" prints. */
    printFilter: plan.filter ?? {},
  };
}
