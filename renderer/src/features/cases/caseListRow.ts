import type { CaseRow } from '../../db/caseRow';
import { personDisplayName } from '../../ui/format/personName';

/** One line of the case list: only what the columns show, read from a stored case row. */
export interface CaseListRow {
  id: string;
  reference: string;
  name: string;
  aliasCount: number;
  nationality: string;
  stage: CaseRow['stage'];
  route: CaseRow['route'];
  assignee: string;
  nextDeadline?: string;
  updatedAt: string;
}

export function toCaseListRow(row: CaseRow): CaseListRow {
  const identities = row.caseFile.identities;
  const primary = identities.find((identity) => identity.primary) ?? identities[0];
  const listRow: CaseListRow = {
    id: row.id,
    reference: row.caseFile.reference,
    name: primary ? personDisplayName(primary) : '',
    aliasCount: Math.max(identities.length - 1, 0),
    nationality: row.nationality,
    stage: row.stage,
    route: row.route,
    assignee: row.assignee,
    updatedAt: row.caseFile.updatedAt,
  };
  if (row.nextDeadline) listRow.nextDeadline = row.nextDeadline;
  return listRow;
}
