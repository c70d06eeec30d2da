import { Button, Menu, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Actor } from '../../../../../shared/model/actor';
import { roleMay } from '../../../../../shared/model/permissions';
import type { Workspace } from '../../../db/workspace';
import { callHost } from '../../../host';
import { casePrintPath } from '../../../store/casePrintRoute';
import { leavePrintTicket } from './printSessionHandoff';

/**
 * "PDF / Print" in the case file's header, for those who may export (supervisors,
 * administrators, trainers in training); the store refuses anyone else in any case. The
 * PDF is the print route printed by the host: Electron's printToPDF with a save dialog,
 * or the browser's print dialog ("Save as PDF").
 */
export function CasePrintMenu({ caseId, reference, actor, workspace }: { caseId: string; reference: string; actor: Actor | undefined; workspace: Workspace }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | undefined>();
  if (!actor || !roleMay(actor.role, 'case.export', workspace)) return null;
  const print = async (pseudonymised: boolean) => {
    setFailure(undefined);
    const route = casePrintPath(caseId, pseudonymised);
    try {
      leavePrintTicket(route);
      await callHost('printToPdf', {
        route,
        suggestedName: `ercms-case-${reference}${pseudonymised ? '-pseudonymised' : ''}.pdf`,
      });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default" data-testid="case-pdf">
            {t('caseFile.print.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void print(false)}>{t('caseFile.print.printCase')}</Menu.Item>
          <Menu.Item onClick={() => void print(true)}>{t('caseFile.print.printCasePseudonymised')}</Menu.Item>
          <Menu.Item component={Link} to={casePrintPath(caseId)}>
            {t('caseFile.print.openView')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {failure && (
        <Text size="xs" c="red" role="alert">
          {failure}
        </Text>
      )}
    </>
  );
}
