import { Button, Group, SegmentedControl, Select, Switch, TextInput } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ReturnRouteSchema, StageSchema, type ReturnRoute, type Stage } from '../../../../shared/model/stage';
import type { CaseCounts } from '../../db/caseRepository';
import { useCaseListStore } from '../../stores/caseListStore';
import type { DeadlineFilter } from '../../stores/caseListFilters';
import type { Assignee } from '../../store/useAssigneeDirectory';
import type { Formats } from '../../ui/format/formats';

const UNASSIGNED = '__unassigned__';

function isStage(value: string | null): value is Stage {
  return StageSchema.safeParse(value).success;
}

function isRoute(value: string | null): value is ReturnRoute {
  return ReturnRouteSchema.safeParse(value).success;
}

function isDeadlineFilter(value: string): value is DeadlineFilter {
  return value === 'any' || value === 'within7Days' || value === 'overdue';
}

interface CaseListFilterBarProps {
  search: string;
  onSearch: (text: string) => void;
  counts: CaseCounts | undefined;
  assignees: Map<string, Assignee>;
  formats: Formats;
}

/** Search box and filters; each filter narrows the others (they combine). */
export const CaseListFilterBar = memo(function CaseListFilterBar({ search, onSearch, counts, assignees, formats }: CaseListFilterBarProps) {
  const { t } = useTranslation();
  const filters = useCaseListStore((state) => state.filters);
  const setFilter = useCaseListStore((state) => state.setFilter);
  const clearFilters = useCaseListStore((state) => state.clearFilters);
  const withCount = (label: string, count: number | undefined) => (count === undefined ? label : `${label} (${formats.number(count)})`);

  const stageOptions = StageSchema.options.map((stage) => ({ value: stage, label: withCount(t(`caseFile.stages.${stage}`), counts?.byStage[stage] ?? 0) }));
  const routeOptions = ReturnRouteSchema.options.map((route) => ({ value: route, label: withCount(t(`cases.routes.${route}`), counts?.byRoute[route] ?? 0) }));
  const nationalityOptions = Object.entries(counts?.byNationality ?? {})
    .map(([code, count]) => ({ value: code, label: withCount(code ? formats.country(code) : t('cases.unknownNationality'), count) }))
    .sort((a, b) => a.label.localeCompare(b.label, formats.locale));
  const assigneeOptions = [
    { value: UNASSIGNED, label: t('cases.unassigned') },
    ...[...assignees.values()].filter((person) => person.role !== 'administrator').map((person) => ({ value: person.id, label: person.displayName })),
  ];

  return (
    <Group align="flex-end" gap="sm" wrap="wrap" component="search" aria-label={t('cases.filters.label')}>
      <TextInput
        label={t('cases.search.label')}
        placeholder={t('cases.search.placeholder')}
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
        type="search"
        w={260}
        data-testid="case-search"
      />
      <Select
        label={t('cases.columns.stage')}
        placeholder={t('cases.filters.all')}
        data={stageOptions}
        value={filters.stage ?? null}
        onChange={(value) => setFilter('stage', isStage(value) ? value : undefined)}
        clearable
        searchable
        w={220}
      />
      <Select
        label={t('cases.columns.nationality')}
        placeholder={t('cases.filters.all')}
        data={nationalityOptions}
        value={filters.nationality ?? null}
        onChange={(value) => setFilter('nationality', value ?? undefined)}
        clearable
        searchable
        w={190}
      />
      <Select
        label={t('cases.columns.route')}
        placeholder={t('cases.filters.all')}
        data={routeOptions}
        value={filters.route ?? null}
        onChange={(value) => setFilter('route', isRoute(value) ? value : undefined)}
        clearable
        w={200}
      />
      <Select
        label={t('cases.columns.assignee')}
        placeholder={t('cases.filters.all')}
        data={assigneeOptions}
        value={filters.assignee === '' ? UNASSIGNED : (filters.assignee ?? null)}
        onChange={(value) => setFilter('assignee', value === UNASSIGNED ? '' : (value ?? undefined))}
        disabled={filters.myCases}
        clearable
        searchable
        w={180}
      />
      <SegmentedControl
        aria-label={t('cases.filters.deadline')}
        value={filters.deadline}
        onChange={(value) => isDeadlineFilter(value) && setFilter('deadline', value)}
        data={[
          { value: 'any', label: t('cases.filters.anyDeadline') },
          { value: 'within7Days', label: t('cases.filters.within7Days') },
          { value: 'overdue', label: t('cases.filters.overdue') },
        ]}
      />
      <Switch label={t('cases.filters.myCases')} checked={filters.myCases} onChange={(event) => setFilter('myCases', event.currentTarget.checked)} mb={8} />
      <Button variant="default" onClick={clearFilters}>
        {t('cases.filters.clear')}
      </Button>
    </Group>
  );
});
