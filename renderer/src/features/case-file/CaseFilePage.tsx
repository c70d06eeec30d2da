import { Alert, Center, Loader, Stack } from '@mantine/core';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { CaseFile } from '../../../../shared/model';
import { availableActions } from '../../../../shared/workflow';
import { amendCaseFacts } from '../../../../shared/workflow/actions/caseFactsAmendment';
import { LocalisedDates } from '../../ui/LocalisedDates';
import { ActionDialog } from './ActionDialog';
import './caseFile.css';
import { caseHeaderView } from './caseHeaderView';
import { runningDeadlines } from './deadlineRows';
import { eligibilitySectionElementId, eligibilitySections } from './eligibilityView';
import { CaseHeader } from './panels/CaseHeader';
import { CasePrintMenu } from './print';
import { CaseSections } from './panels/CaseSections';
import { DeadlinesPanel } from './panels/DeadlinesPanel';
import { EligibilityPanel } from './panels/EligibilityPanel';
import { ReadmissionPanel, type ReadmissionStart } from './panels/ReadmissionPanel';
import { TimelinePanel } from './panels/TimelinePanel';
import { WorkflowActionsPanel } from './panels/WorkflowActionsPanel';
import { readmissionAgreementForCase, readmissionRequestViews } from './readmissionView';
import { timelineEntries } from './timelineEntries';
import { useCaseEvents, useCaseFile } from '../../store/useCaseFile';
import { useCaseworkSession, type CaseworkSession } from '../../store/useCaseworkSession';
import { useOfficeToday } from '../../ui/useOfficeToday';
import { useDueSoonPolicy } from '../../ui/useDueSoonPolicy';
import { useWorkflowAction } from './useWorkflowAction';
import { workflowActionViews } from './workflowActionViews';

/** The case file: header, next steps, deadlines, eligibility, readmission, facts and history. */
export function CaseFilePage() {
  const { t } = useTranslation();
  const { caseId } = useParams();
  const session = useCaseworkSession();
  const state = useCaseFile(caseId, session);
  if (state.kind === 'loading') {
    return (
      <Center mih={200}>
        <Loader aria-label={t('caseFile.loading')} />
      </Center>
    );
  }
  if (state.kind === 'missing')
    return (
      <Alert color="yellow" role="alert">
        {t('caseFile.errors.notFound')}
      </Alert>
    );
  return (
    <>
      <CaseFileView caseFile={state.caseFile} session={session} />
    </>
  );
}

interface DialogTarget {
  actionId: string;
  needsFourEyes: boolean;
  context?: Record<string, unknown>;
  defaults?: Record<string, unknown>;
}

function CaseFileView({ caseFile, session }: { caseFile: CaseFile; session: CaseworkSession }) {
  const { now, today } = useOfficeToday();
  const dueSoon = useDueSoonPolicy(session.workspace);
  const events = useCaseEvents(caseFile.id, session.actor, session.workspace);
  const action = useWorkflowAction(caseFile, session);
  const [dialog, setDialog] = useState<DialogTarget | undefined>();
  const headerRef = useRef<HTMLElement>(null);
  // The answer first: the header (with each route's verdict) is drawn alone, the panels below it in a second, interruptible render.
  const panelsShown = useDeferredValue(true, false);
  // Set by a step that saved: once its dialog has gone, focus goes to the result (the header), not back to the button.
  const saved = useRef(false);
  const { actor } = session;
  const view = useMemo(() => {
    const available = actor ? availableActions(caseFile, actor, now) : [];
    const eligibility = eligibilitySections(caseFile, today);
    return {
      header: caseHeaderView(caseFile, today, eligibility),
      available,
      // Amending the facts is reached from each part's Edit button, with the intake's form.
      actions: workflowActionViews(available, caseFile).filter((view) => view.id !== amendCaseFacts.id),
      deadlines: runningDeadlines(caseFile, today, dueSoon),
      eligibility,
      readmission: readmissionRequestViews(caseFile, today),
      agreement: readmissionAgreementForCase(caseFile),
    };
  }, [actor, caseFile, now, today, dueSoon]);
  const timeline = useMemo(() => timelineEntries(events, caseFile), [events, caseFile]);
  // Set with the dialog's closing (one render): a step that saved does not hand focus back to its button.
  const [stepSaved, setStepSaved] = useState(false);
  const open = (target: DialogTarget) => {
    saved.current = false;
    setStepSaved(false);
    action.reset();
    setDialog(target);
  };
  const startReadmission = (start: ReadmissionStart) => open({ ...start, needsFourEyes: false });
  // The header's answer opens the route's full explanation: scrolled to and focused, so a screen reader reads it next.
  // A click before the panels have been drawn is kept and honoured once they show.
  const [explained, setExplained] = useState<{ id: string } | undefined>();
  useEffect(() => {
    if (!explained || !panelsShown) return;
    const section = document.getElementById(eligibilitySectionElementId(explained.id));
    section?.scrollIntoView({ block: 'start' });
    section?.focus({ preventScroll: true });
  }, [explained, panelsShown]);
  const explainRoute = (id: string) => setExplained({ id });
  return (
    <LocalisedDates>
      <Stack gap="md">
        <CaseHeader
          view={view.header}
          onExplain={explainRoute}
          headerRef={headerRef}
          actions={<CasePrintMenu caseId={caseFile.id} reference={caseFile.reference} actor={actor} workspace={session.workspace} />}
        />
        {panelsShown && (
          <div className="case-file-grid">
            <div data-area="actions">
              <WorkflowActionsPanel actions={view.actions} onStart={(target) => open({ actionId: target.id, needsFourEyes: target.needsFourEyes })} />
            </div>
            <div data-area="eligibility">
              <EligibilityPanel sections={view.eligibility} />
            </div>
            <div data-area="deadlines">
              <DeadlinesPanel deadlines={view.deadlines} />
            </div>
            <div data-area="readmission">
              <ReadmissionPanel
                requests={view.readmission}
                agreement={view.agreement}
                nationality={view.header.nationality?.country}
                available={view.available}
                onStart={startReadmission}
                onSaveEvidence={(requestId, evidenceDocumentIds, attachments) =>
                  void action.run('recordReadmissionEvidence', { requestId, evidenceDocumentIds, attachments })
                }
              />
            </div>
            <div data-area="timeline">
              <TimelinePanel entries={timeline} />
            </div>
          </div>
        )}
        {panelsShown && <CaseSections caseFile={caseFile} />}
      </Stack>
      <ActionDialog
        actionId={dialog?.actionId}
        context={dialog?.context}
        defaults={dialog?.defaults}
        needsFourEyes={dialog?.needsFourEyes ?? false}
        caseFile={caseFile}
        today={today}
        state={action.state}
        onRun={async (actionId, input) => {
          const done = await action.run(actionId, input);
          saved.current = done;
          setStepSaved(done);
          return done;
        }}
        onClose={() => setDialog(undefined)}
        returnFocus={!stepSaved}
        onClosed={() => {
          if (!saved.current) return;
          saved.current = false;
          headerRef.current?.focus();
        }}
      />
    </LocalisedDates>
  );
}
