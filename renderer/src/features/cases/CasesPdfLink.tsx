import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Actor } from '../../../../shared/model/actor';
import { roleMay } from '../../../../shared/model/permissions';
import type { FigureFilter } from '../../../../shared/reports';
import type { CaseFilter } from '../../db/caseQuery';
import type { Workspace } from '../../db/workspace';
import { selectionPrintPath } from '../../store/casePrintRoute';

/**
 * "PDF of these cases": opens the print view of exactly the cases the list shows (its
 * filters, or the figure it came from), where the user prints or saves the bulk PDF, plain
 * or pseudonymised. Only for those who may export; the store refuses anyone else.
 */
export function CasesPdfLink({
  actor,
  workspace,
  selection,
}: {
  actor: Actor;
  workspace: Workspace;
  selection: { filter: CaseFilter } | { figure: FigureFilter };
}) {
  const { t } = useTranslation();
  if (!roleMay(actor.role, 'case.export', workspace)) return null;
  const to =
    'figure' in selection ? selectionPrintPath({ kind: 'figure', filter: selection.figure }) : selectionPrintPath({ kind: 'filter', filter: selection.filter });
  return (
    <Button size="xs" variant="default" component={Link} to={to} data-testid="cases-pdf">
      {t('cases.pdf.link')}
    </Button>
  );
}
