import { Alert, Button, Loader, Switch } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { PRINT_READY_ATTRIBUTE } from '../../../../../shared/ipc';
import { createPseudonymiser, newPseudonymKey } from '../../../../../shared/reports/export/pseudonymiser';
import type { PrintedCaseRecord } from '../../../db/casePrintRead';
import type { Workspace } from '../../../db/workspace';
import { callHost } from '../../../host';
import { printRouteRequest, PSEUDONYMISED_PARAM } from '../../../store/casePrintRoute';
import { useCaseworkSession } from '../../../store/useCaseworkSession';
import { useSessionStore } from '../../../stores/sessionStore';
import { useFormats } from '../../../ui/format/useFormats';
import { useDueSoonPolicy } from '../../../ui/useDueSoonPolicy';
import { useOfficeToday } from '../../../ui/useOfficeToday';
import { userErrorMessage } from '../../../ui/userErrorMessage';
import { useUserErrorText } from '../../../ui/useUserErrorText';
import { casePrintModel } from './casePrintModel';
import { pageMarginCss } from './pageMarginCss';
import { PrintedCase } from './PrintedCase';
import { leavePrintTicket } from './printSessionHandoff';
import { useCasePrintDocument } from './useCasePrintDocument';
import './casePrint.css';

/**
 * The print route (`/cases/:caseId/print`, `/cases/print?filter=…|figure=…`): the case file
 * (or each case of a selection) as a document, with the page number, who generated it when,
 * the workspace and, in training, the stamp on every page. Electron prints it with
 * printToPDF (`pdf:print`, which waits for the ready mark); the browser with its own print.
 */
export function CasePrintPage() {
  const { t } = useTranslation();
  const { caseId } = useParams();
  const [params] = useSearchParams();
  const request = useMemo(() => printRouteRequest(caseId, params), [caseId, params]);
  const { actor, workspace } = useCaseworkSession();
  const state = useCasePrintDocument(request, actor, workspace);
  const errorText = useUserErrorText();
  // Not ready while the session is being confirmed (a print window starts locked): the lock screen must never be printed.
  const locked = useSessionStore((session) => session.locked);
  const done = state.status !== 'loading' && !locked;
  return (
    <main className="case-print" {...{ [PRINT_READY_ATTRIBUTE]: done ? 'true' : 'false' }} data-testid="case-print">
      {workspace === 'training' && (
        <p className="case-print__stamp" role="note">
          {t('trainingLibrary.banner')}
        </p>
      )}
      {state.status === 'loading' && <Loader aria-label={t('caseFile.print.loading')} />}
      {state.status === 'invalid' && (
        <Alert color="yellow" role="alert">
          {t('caseFile.print.invalid')}
        </Alert>
      )}
      {state.status === 'failed' && (
        <Alert color="red" role="alert">
          {errorText(userErrorMessage(state.error))}
        </Alert>
      )}
      {state.status === 'tooMany' && (
        <Alert color="yellow" role="alert" data-testid="print-too-many">
          {t('caseFile.print.tooMany', { count: state.count, cap: state.cap })}
        </Alert>
      )}
      {state.status === 'ready' && actor && (
        <PrintedDocument
          key={String(request.kind === 'selection' && request.pseudonymised)}
          records={state.records}
          generatedAt={state.generatedAt}
          generatedBy={actor.displayName}
          workspace={workspace}
          pseudonymised={request.kind === 'selection' && request.pseudonymised}
        />
      )}
    </main>
  );
}

interface PrintedDocumentProps {
  records: readonly PrintedCaseRecord[];
  generatedAt: Date;
  generatedBy: string;
  workspace: Workspace;
  pseudonymised: boolean;
}

function PrintedDocument({ records, generatedAt, generatedBy, workspace, pseudonymised }: PrintedDocumentProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  const { today } = useOfficeToday();
  const dueSoon = useDueSoonPolicy(workspace);
  // One pseudonym key per document: pseudonyms link the cases of this PDF, and no other file.
  const [pseudonymiser] = useState(() => (pseudonymised ? createPseudonymiser(newPseudonymKey()) : undefined));
  const models = useMemo(
    () => records.map((record) => casePrintModel(record.caseFile, record.events, { today, dueSoon, ...(pseudonymiser ? { pseudonymiser } : {}) })),
    [records, today, dueSoon, pseudonymiser],
  );
  const first = models[0];
  const title =
    models.length === 1 && first
      ? t('caseFile.print.caseTitle', { reference: first.header.reference })
      : t('caseFile.print.casesTitle', { count: models.length });
  const generated = t('caseFile.print.generated', {
    dateTime: formats.dateTime(generatedAt),
    name: generatedBy,
    workspace: t(workspace === 'training' ? 'status.workspaceTraining' : 'status.workspaceProduction'),
  });
  const css = pageMarginCss({
    pageOf: t('caseFile.print.pageOf'),
    generated,
    title,
    stamp: workspace === 'training' ? t('trainingLibrary.banner') : undefined,
  });
  const suggestedName = models.length === 1 && first ? `ercms-case-${first.header.reference}.pdf` : `ercms-cases-${workspace}-${today}.pdf`;
  return (
    <>
      <style>{css}</style>
      <PrintToolbar suggestedName={suggestedName} pseudonymised={pseudonymised} />
      <div className="case-print__intro">
        {/* One case: its own header names it; a selection: how many cases. */}
        {models.length !== 1 && <h1>{title}</h1>}
        <p data-testid="print-generated">{generated}</p>
        {pseudonymised && <p>{t('caseFile.print.pseudonymisedNote')}</p>}
      </div>
      {models.length === 0 && <p>{t('caseFile.print.empty')}</p>}
      {models.map((model) => (
        <PrintedCase key={model.caseId} model={model} formats={formats} />
      ))}
    </>
  );
}

/** On screen only: back, the pseudonymised variant, and print (the browser's print dialog, or Electron's save dialog through `pdf:print`). */
function PrintToolbar({ suggestedName, pseudonymised }: { suggestedName: string; pseudonymised: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const [failure, setFailure] = useState<string | undefined>();
  const variant = new URLSearchParams(params);
  if (pseudonymised) variant.delete(PSEUDONYMISED_PARAM);
  else variant.set(PSEUDONYMISED_PARAM, '1');
  const variantSearch = variant.toString();
  const print = async () => {
    setFailure(undefined);
    try {
      const info = await callHost('appInfo', {});
      if (info.shell === 'browser') window.print();
      else {
        const route = `${location.pathname}${location.search}`;
        leavePrintTicket(route);
        await callHost('printToPdf', { route, suggestedName });
      }
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <nav className="case-print__toolbar" aria-label={t('caseFile.print.toolbar')}>
      <Button size="xs" variant="default" onClick={() => void navigate(-1)}>
        {t('caseFile.print.back')}
      </Button>
      <Switch
        label={t('caseFile.print.pseudonymised')}
        checked={pseudonymised}
        onChange={() => void navigate({ pathname: location.pathname, search: variantSearch ? `?${variantSearch}` : '' }, { replace: true })}
      />
      <Button size="xs" onClick={() => void print()} data-testid="print-now">
        {t('caseFile.print.print')}
      </Button>
      <Button size="xs" variant="subtle" component={Link} to="/cases">
        {t('caseFile.print.toList')}
      </Button>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
    </nav>
  );
}
