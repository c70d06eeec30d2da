import { Alert, Button, Checkbox, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseExportColumns } from '../../../../shared/reports';
import type { Workspace } from '../../db/workspace';
import { useCaseExport } from '../../store/useCaseExport';
import { useFormats } from '../../ui/format';
import type { ReportContext } from './useReportContext';

/**
 * The case export (CSV or XLSX) of every case of the workspace: translated headers, an optional
 * pseudonymised variant, progress and cancel while the worker reads the store. Shown only
 * to those who may export; the store refuses anyone else in any case.
 */
export function ExportPanel({ workspace, context }: { workspace: Workspace; context: ReportContext }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const [pseudonymised, setPseudonymised] = useState(false);
  const { state, start, cancel } = useCaseExport(context.actor, workspace);
  const running = state.status === 'running';
  const begin = (format: 'csv' | 'xlsx') => {
    const headers = Object.fromEntries(caseExportColumns.map((column) => [column.id, t(`reports.columns.${column.id}`, { defaultValue: column.header })]));
    const workbook = {
      casesSheet: t('reports.export.casesSheet'),
      summarySheet: t('reports.export.summarySheet'),
      summaryRows: [
        [t('reports.export.summary.selection'), t('reports.export.summary.allCases')],
        [t('reports.export.summary.asOf'), formats.date(context.today)],
        [t('reports.export.summary.workspace'), t(workspace === 'training' ? 'reports.export.summary.training' : 'reports.export.summary.production')],
        [t('reports.export.summary.pseudonymised'), t(pseudonymised ? 'reports.export.summary.yes' : 'reports.export.summary.no')],
        [t('reports.export.summary.generatedBy'), context.actor.displayName],
      ] satisfies [string, string][],
      rowCountLabel: t('reports.export.summary.rows'),
    };
    start({
      format,
      headers,
      pseudonymised,
      asOf: context.today,
      baseName: `ercms-cases-${workspace}-${context.today}${pseudonymised ? '-pseudonymised' : ''}`,
      workbook,
    });
  };
  return (
    <Stack gap="sm" data-testid="export-panel">
      <Title order={3} size="h4">
        {t('reports.export.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('reports.export.intro')}
      </Text>
      {workspace === 'training' && (
        <Text size="sm" fw={600}>
          {t('reports.export.trainingStamp')}
        </Text>
      )}
      <Group gap="md">
        <Checkbox
          label={t('reports.export.pseudonymised')}
          checked={pseudonymised}
          disabled={running}
          onChange={(event) => setPseudonymised(event.currentTarget.checked)}
        />
        <Button onClick={() => begin('csv')} disabled={running}>
          {t('reports.export.csv')}
        </Button>
        <Button onClick={() => begin('xlsx')} disabled={running}>
          {t('reports.export.xlsx')}
        </Button>
        {running && (
          <Button variant="default" onClick={cancel}>
            {t('reports.export.cancel')}
          </Button>
        )}
      </Group>
      {running && (
        <Stack gap={4} role="status" aria-live="polite">
          <Text size="sm">
            {state.total === undefined
              ? t('reports.progress.starting')
              : t('reports.progress.reading', { read: formats.number(state.read), total: formats.number(state.total) })}
          </Text>
          <Progress value={state.total ? (state.read / state.total) * 100 : 0} aria-label={t('reports.export.progress')} />
        </Stack>
      )}
      {state.status === 'saved' && (
        <Alert color="green" role="status">
          {t('reports.export.saved', { rows: formats.number(state.rowCount), file: state.fileName })}
        </Alert>
      )}
      {state.status === 'cancelled' && (
        <Alert color="gray" role="status">
          {t('reports.export.cancelled')}
        </Alert>
      )}
      {state.status === 'failed' && (
        <Alert color="red" role="alert">
          {t('reports.export.failed', { reason: state.message })}
        </Alert>
      )}
    </Stack>
  );
}
