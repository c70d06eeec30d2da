import type { TFunction } from 'i18next';
import type { Formats } from '../../ui/format/formats';
import type { CaseListFilters } from '../../stores/caseListFilters';

/**
 * The list's filters in words ("Stage: Return decision; Nationality: Albania"), as the
 * export's summary sheet names its selection; an empty list of filters is every case.
 */
export function caseListFilterWords(filters: CaseListFilters, t: TFunction, formats: Formats, assigneeName: (userId: string) => string): string {
  const parts: string[] = [];
  if (filters.stage !== undefined) parts.push(t('cases.listExport.filter.stage', { value: t(`caseFile.stages.${filters.stage}`) }));
  if (filters.nationality !== undefined)
    parts.push(t('cases.listExport.filter.nationality', { value: filters.nationality ? formats.country(filters.nationality) : t('cases.unknownNationality') }));
  if (filters.route !== undefined) parts.push(t('cases.listExport.filter.route', { value: t(`cases.routes.${filters.route}`) }));
  if (filters.myCases) parts.push(t('cases.filters.myCases'));
  else if (filters.assignee !== undefined)
    parts.push(t('cases.listExport.filter.assignee', { value: filters.assignee ? assigneeName(filters.assignee) : t('cases.unassigned') }));
  if (filters.deadline !== 'any') parts.push(t('cases.listExport.filter.deadline', { value: t(`cases.filters.${filters.deadline}`) }));
  return parts.length === 0 ? t('reports.export.summary.allCases') : parts.join('; ');
}
