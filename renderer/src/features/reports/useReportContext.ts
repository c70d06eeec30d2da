import { useMemo } from 'react';
import type { Actor } from '../../../../shared/model/actor';
import type { FigureFilter, FigureKey, ReportPeriod, ReportWorkspace } from '../../../../shared/reports';
import type { Workspace } from '../../db/workspace';
import { useDueSoonPolicy } from '../../ui/useDueSoonPolicy';
import { useOfficeToday } from '../../ui/useOfficeToday';
import { figureLink } from './figureLink';

/** What every figure on the Reports page is computed for, and how a figure links to its cases. */
export function useReportContext(actor: Actor, workspace: Workspace, period: ReportPeriod) {
  const { today } = useOfficeToday();
  const policy = useDueSoonPolicy(workspace);
  const reportWorkspace: ReportWorkspace = workspace === 'training' ? 'training' : 'live';
  return useMemo(() => {
    const filterOf = (key: FigureKey): FigureFilter => ({ key, period, asOf: today, dueSoonWithinDays: policy.withinDays, workspace: reportWorkspace });
    return {
      actor,
      workspace,
      today,
      policy,
      reportWorkspace,
      /** Changes whenever a figure would: the scans start again. */
      scanKey: JSON.stringify([workspace, period, today, policy]),
      linkOf: (key: FigureKey, label: string) => figureLink(filterOf(key), label),
    };
  }, [actor, workspace, period, today, policy, reportWorkspace]);
}

export type ReportContext = ReturnType<typeof useReportContext>;
