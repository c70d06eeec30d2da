import type { CaseFile, IsoDate } from '../model';
import { nextDeadline, voluntaryDepartureDeadline } from '../rules/deadlines';
import { primaryNationality } from '../rules';
import { cumulativeDetentionDays, latestOrderToLeave, openDetentionPeriod } from '../workflow/caseFacts';

export type ExportCell = string | number | boolean | null;

/**
 * One column of the case list export (CSV now, XLSX later). `personal` columns identify
 * the person and are left out of pseudonymised exports (training, statistics shared
 * outside the office).
 */
export interface CaseExportColumn {
  id: string;
  /** i18n key of the header; `header` is the English text. */
  headerKey: string;
  header: string;
  kind: 'text' | 'date' | 'number' | 'boolean';
  personal: boolean;
  value: (caseFile: CaseFile, asOf: IsoDate) => ExportCell;
}

function primaryIdentity(caseFile: CaseFile) {
  return caseFile.identities.find((identity) => identity.primary) ?? caseFile.identities[0];
}

function latestReadmissionRequest(caseFile: CaseFile) {
  return [...caseFile.readmissionRequests].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1);
}

const column = (id: string, header: string, kind: CaseExportColumn['kind'], personal: boolean, value: CaseExportColumn['value']): CaseExportColumn => ({ id, headerKey: `export.case.${id}`, header, kind, personal, value });

/** The case list export, column by column, in display order. */
export const caseExportColumns: readonly CaseExportColumn[] = [
  column('reference', 'Case reference', 'text', false, (caseFile) => caseFile.reference),
  column('office', 'Office', 'text', false, (caseFile) => caseFile.office),
  column('assignee', 'Assignee', 'text', true, (caseFile) => caseFile.assigneeId ?? null),
  column('stage', 'Stage', 'text', false, (caseFile) => caseFile.stage),
  column('route', 'Route', 'text', false, (caseFile) => caseFile.route),
  column('priority', 'Priority', 'text', false, (caseFile) => caseFile.priority),
  column('openedOn', 'Opened on', 'date', false, (caseFile) => caseFile.openedOn),
  column('closedOn', 'Closed on', 'date', false, (caseFile) => caseFile.closedOn ?? null),
  column('closureReason', 'Closure reason', 'text', false, (caseFile) => caseFile.closureReason ?? null),
  column('familyName', 'Family name', 'text', true, (caseFile) => primaryIdentity(caseFile)?.familyName ?? null),
  column('givenNames', 'Given names', 'text', true, (caseFile) => primaryIdentity(caseFile)?.givenNames ?? null),
  column('dateOfBirth', 'Date of birth', 'date', true, (caseFile) => caseFile.person.dateOfBirth ?? null),
  column('dateOfBirthEstimated', 'Date of birth estimated', 'boolean', true, (caseFile) => caseFile.person.dateOfBirthEstimated),
  column('sex', 'Sex', 'text', false, (caseFile) => caseFile.person.sex),
  column('nationality', 'Nationality', 'text', false, (caseFile) => primaryNationality(caseFile)?.country ?? (caseFile.person.stateless ? 'stateless' : null)),
  column('nationalityStatus', 'Nationality status', 'text', false, (caseFile) => primaryNationality(caseFile)?.status ?? null),
  column('vulnerable', 'Vulnerable', 'boolean', false, (caseFile, asOf) => caseFile.vulnerabilities.some((vulnerability) => vulnerability.endedOn === undefined || vulnerability.endedOn > asOf)),
  column('orderToLeaveNotifiedOn', 'Order to leave notified on', 'date', false, (caseFile) => latestOrderToLeave(caseFile)?.notifiedOn ?? null),
  column('departureDays', 'Departure period (days)', 'number', false, (caseFile) => latestOrderToLeave(caseFile)?.departureDays ?? null),
  column('voluntaryDepartureEnds', 'Voluntary departure ends', 'date', false, (caseFile, asOf) => voluntaryDepartureDeadline(caseFile, asOf)?.dueDate ?? null),
  column('detained', 'Detained', 'boolean', false, (caseFile) => openDetentionPeriod(caseFile) !== undefined),
  column('detentionDays', 'Days in detention (all titles)', 'number', false, (caseFile, asOf) => cumulativeDetentionDays(caseFile, asOf)),
  column('readmissionState', 'Readmission request to', 'text', false, (caseFile) => latestReadmissionRequest(caseFile)?.requestedState ?? null),
  column('readmissionStatus', 'Readmission status', 'text', false, (caseFile) => latestReadmissionRequest(caseFile)?.status ?? null),
  column('nextDeadline', 'Next deadline', 'text', false, (caseFile, asOf) => nextDeadline(caseFile, asOf)?.kind ?? null),
  column('nextDeadlineDate', 'Next deadline date', 'date', false, (caseFile, asOf) => nextDeadline(caseFile, asOf)?.dueDate ?? null),
  column('pendingApprovals', 'Awaiting approval', 'number', false, (caseFile) => caseFile.pendingApprovals.filter((approval) => approval.status === 'pending').length),
  column('updatedAt', 'Last change', 'text', false, (caseFile) => caseFile.updatedAt),
];

export interface CaseExportTable {
  columns: CaseExportColumn[];
  rows: ExportCell[][];
}

/** The export as a table; `pseudonymised` leaves out the personal columns. Training cases are exported only when asked. */
export function caseExportTable(cases: readonly CaseFile[], asOf: IsoDate, options: { pseudonymised: boolean; includeTraining?: boolean }): CaseExportTable {
  const columns = caseExportColumns.filter((candidate) => !options.pseudonymised || !candidate.personal);
  const rows = cases.filter((caseFile) => options.includeTraining === true || !caseFile.training).map((caseFile) => columns.map((candidate) => candidate.value(caseFile, asOf)));
  return { columns, rows };
}
