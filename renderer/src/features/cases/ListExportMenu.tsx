import { Alert, Button, Group, Menu, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../../shared/model/actor';
import { roleMay } from '../../../../shared/model/permissions';
import { caseExportColumns } from '../../../../shared/reports';
import type { Workspace } from '../../db/workspace';
import type { Assignee } from '../../store/useAssigneeDirectory';
import { useCaseExport } from '../../store/useCaseExport';
import type { CaseListFilters } from '../../stores/caseListFilters';
import type { Formats } from '../../ui/format/formats';
import { repositoryFilter } from './caseListPlan';
import { caseListFilterWords } from './caseListFilterWords';

type ListExportKind = 'csv' | 'xlsx' | 'pseudonymisedCsv';

interface ListExportMenuProps {
  actor: Actor;
  workspace: Workspace;
  filters: CaseListFilters;
  /** The office's calendar date: the deadline filters' range and the export's "as of". */
  today: string;
  /** A search is typed: exports follow the list's filters, not a search, so the menu asks to clear it. */
  searching: boolean;
  assignees: ReadonlyMap<string, Assignee>;
  formats: Formats;
}

/**
 * Exports the cases of the list's current filters (CSV, XLSX, pseudonymised CSV) through
 * the export worker, which keeps a case by the store's own filter predicate: the file holds
 * exactly the list's cases. Offered to whoever may export here; the store refuses anyone else.
 */
export function ListExportMenu({ actor, workspace, filters, today, searching, assignees, formats }: ListExportMenuProps) {
  const { t } = useTranslation();
  const { state, start, cancel } = useCaseExport(actor, workspace);
  if (!roleMay(actor.role, 'case.export', workspace)) return null;
  const running = state.status === 'running';
  const begin = (kind: ListExportKind) => {
    const pseudonymised = kind === 'pseudonymisedCsv';
    const format = kind === 'xlsx' ? 'xlsx' : 'csv';
    const headers = Object.fromEntries(caseExportColumns.map((column) => [column.id, t(`reports.columns.${column.id}`, { defaultValue: column.header })]));
    const selection = caseListFilterWords(filters, t, formats, (userId) => assignees.get(userId)?.displayName ?? t('cases.unknownAssignee'));
    start({
      format,
      listFilter: repositoryFilter(filters, actor.userId, today),
      headers,
      pseudonymised,
      asOf: today,
      baseName: `ercms-case-list-${workspace}-${today}${pseudonymised ? '-pseudonymised' : ''}`,
      workbook: {
        casesSheet: t('reports.export.casesSheet'),
        summarySheet: t('reports.export.summarySheet'),
        summaryRows: [
          [t('reports.export.summary.selection'), selection],
          [t('reports.export.summary.asOf'), formats.date(today)],
          [t('reports.export.summary.workspace'), t(workspace === 'training' ? 'reports.export.summary.training' : 'reports.export.summary.production')],
          [t('reports.export.summary.pseudonymised'), t(pseudonymised ? 'reports.export.summary.yes' : 'reports.export.summary.no')],
          [t('reports.export.summary.generatedBy'), actor.displayName],
        ],
        rowCountLabel: t('reports.export.summary.rows'),
      },
    });
  };
  return (
    <Stack gap={4} data-testid="list-export">
      <Group gap="sm">
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button size="xs" variant="default" disabled={running || searching}>
              {t('cases.listExport.menu')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('cases.listExport.label')}</Menu.Label>
            <Menu.Item onClick={() => begin('csv')}>{t('cases.listExport.csv')}</Menu.Item>
            <Menu.Item onClick={() => begin('xlsx')}>{t('cases.listExport.xlsx')}</Menu.Item>
            <Menu.Item onClick={() => begin('pseudonymisedCsv')}>{t('cases.listExport.pseudonymisedCsv')}</Menu.Item>
          </Menu.Dropdown>
        </Menu>
        {running && (
          <>
            <Progress w={160} value={state.total ? (state.read / state.total) * 100 : 0} aria-label={t('cases.listExport.progress')} />
            <Text size="xs" role="status">
              {state.total === undefined ? '' : t('cases.listExport.reading', { read: formats.number(state.read), total: formats.number(state.total) })}
            </Text>
            <Button size="xs" variant="subtle" onClick={cancel}>
              {t('cases.listExport.cancel')}
            </Button>
          </>
        )}
      </Group>
      {searching && (
        <Text size="xs" c="dimmed">
          {t('cases.listExport.searchNotExported')}
        </Text>
      )}
      {workspace === 'training' && <Text size="xs">{t('reports.export.trainingStamp')}</Text>}
      {state.status === 'saved' && (
        <Text size="sm" role="status" data-testid="list-export-saved">
          {t('cases.listExport.saved', { rows: formats.number(state.rowCount), file: state.fileName })}
        </Text>
      )}
      {state.status === 'cancelled' && (
        <Text size="sm" role="status">
          {t('cases.listExport.cancelled')}
        </Text>
      )}
      {state.status === 'failed' && (
        <Alert color="red" role="alert">
          {t('cases.listExport.failed', { reason: state.message })}
        </Alert>
      )}
    </Stack>
  );
}
