import { Alert, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../../shared/model/actor';
import { roleMay } from '../../../../shared/model/permissions';
import type { ReportPeriod } from '../../../../shared/reports';
import type { Workspace } from '../../db/workspace';
import { useCaseworkSession } from '../../store/useCaseworkSession';
import { workspaceStore } from '../../store/workspaceStore';
import { PageHeader } from '../../ui/PageHeader';
import { useOfficeToday } from '../../ui/useOfficeToday';
import { CustodyOverview } from './CustodyOverview';
import { Dashboard } from './Dashboard';
import { ExportPanel } from './ExportPanel';
import { PeriodPicker } from './PeriodPicker';
import { presetPeriod } from './reportPeriodPresets';
import { useReportContext } from './useReportContext';
import './reports.css';

/**
 * The Reports page: the dashboard for a period and the custody-and-transfer overview. For those who may export case data
 * (supervisors, administrators; trainers in the training workspace): the figures describe
 * cases they could otherwise only read one by one.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const { actor, workspace } = useCaseworkSession();
  if (!actor) return null;
  return (
    <Stack gap="md">
      <PageHeader title={t('pages.reports.title')} description={t('pages.reports.intro')} />
      {roleMay(actor.role, 'case.export', workspace) ? (
        <Reports key={`${workspace}:${actor.userId}`} actor={actor} workspace={workspace} />
      ) : (
        <Alert color="gray" data-testid="reports-not-allowed">
          {t('reports.notAllowed')}
        </Alert>
      )}
    </Stack>
  );
}

function Reports({ actor, workspace }: { actor: Actor; workspace: Workspace }) {
  const { t } = useTranslation();
  const { today } = useOfficeToday();
  const [period, setPeriod] = useState<ReportPeriod>(() => presetPeriod('thisYear', today));
  const context = useReportContext(actor, workspace, period);
  const store = workspaceStore(workspace);
  return (
    <Tabs defaultValue="dashboard" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="dashboard">{t('reports.tabs.dashboard')}</Tabs.Tab>
        <Tabs.Tab value="custody">{t('reports.tabs.custody')}</Tabs.Tab>
        <Tabs.Tab value="export">{t('reports.tabs.export')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="dashboard" pt="md">
        <Stack gap="md">
          <PeriodPicker period={period} today={today} onChange={setPeriod} />
          <Dashboard store={store} period={period} context={context} />
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="custody" pt="md">
        <CustodyOverview store={store} context={context} />
      </Tabs.Panel>
      <Tabs.Panel value="export" pt="md">
        <ExportPanel workspace={workspace} context={context} />
      </Tabs.Panel>
    </Tabs>
  );
}
