import { useTranslation } from 'react-i18next';
import { explanationsNamespace } from '../../../i18n/explanationText';
import { useExplanation } from '../../../i18n/useExplanation';
import type { Formats } from '../../../ui/format/formats';
import { checkMessage, summaryMessage } from '../eligibilityView';
import type { ReadmissionRequestView } from '../readmissionView';
import type { CasePrintModel, PrintedBirth } from './casePrintModel';

/**
 * One case of the PDF, in plain document markup (headings, lists and tables styled by
 * casePrint.css, no interactive controls): every case starts on a new page.
 */
export function PrintedCase({ model, formats }: { model: CasePrintModel; formats: Formats }) {
  const { t } = useTranslation();
  const explain = useExplanation();
  const { header } = model;
  const withheld = t('caseFile.print.withheld');
  return (
    <article className="printed-case" data-testid="printed-case" aria-label={t('caseFile.print.caseTitle', { reference: header.reference })}>
      <header className="printed-case__header">
        <p className="printed-case__reference">{t('caseFile.print.caseTitle', { reference: header.reference })}</p>
        <h2 data-testid="printed-name">{header.name}</h2>
        <p>
          {t(`intake.enums.sex.${header.sex}`)} · {birthText(t, formats, model.birth)}
          {model.placeOfBirth ? ` · ${t('caseFile.print.placeOfBirth', { place: model.placeOfBirth })}` : ''}
        </p>
        <p>
          {t(`caseFile.stages.${header.stage}`)} · {t('caseFile.header.route', { route: t(`caseFile.routes.${header.route}`) })}
        </p>
        {model.pseudonymised && <p className="printed-case__note">{t('caseFile.print.pseudonymisedNote')}</p>}
      </header>

      <section>
        <h3>{t('caseFile.print.sections.identity')}</h3>
        <ul>
          {model.identities.map((identity, index) => (
            <li key={index}>
              {identity.name} · {t(`intake.enums.identitySource.${identity.source}`)} · {t(`intake.enums.identityConfidence.${identity.confidence}`)}
            </li>
          ))}
        </ul>
        {model.documents.length > 0 && (
          <ul>
            {model.documents.map((document, index) => (
              <li key={index}>
                {t(`intake.enums.documentType.${document.type}`)} {document.number ?? ''} · {t(`intake.enums.documentForm.${document.form}`)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section>
        <h3>{t('caseFile.print.sections.nationality')}</h3>
        {model.nationalities.length === 0 ? (
          <p>{header.stateless ? t('caseFile.header.stateless') : t('caseFile.header.noNationality')}</p>
        ) : (
          <ul>
            {model.nationalities.map((nationality, index) => (
              <li key={index}>
                {formats.country(nationality.country)} · {t(`intake.enums.nationalityStatus.${nationality.status}`)}
                {nationality.evidence.length > 0 && (
                  <ul>
                    {nationality.evidence.map((evidence, evidenceIndex) => (
                      <li key={evidenceIndex}>
                        {t(`intake.enums.evidenceKind.${evidence.kind}`)}: {evidence.description ?? withheld}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section>
        <h3>{t('caseFile.print.sections.residency')}</h3>
        {model.residency.length === 0 ? (
          <p>{t('intake.residency.none')}</p>
        ) : (
          <ul>
            {model.residency.map((entry) => (
              <li key={entry.id}>
                {t(`intake.enums.residencyStatus.${entry.status}`)} ·{' '}
                {t('caseFile.sections.period', { from: formats.date(entry.from), to: entry.to ? formats.date(entry.to) : t('caseFile.sections.now') })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section>
        <h3>{t('caseFile.print.sections.decisions')}</h3>
        {model.decisions.length === 0 ? (
          <p>{t('caseFile.print.noDecisions')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{t('caseFile.print.decision.type')}</th>
                <th>{t('caseFile.print.decision.decidedOn')}</th>
                <th>{t('caseFile.print.decision.notifiedOn')}</th>
                <th>{t('caseFile.print.decision.reference')}</th>
                <th>{t('caseFile.deadlines.legalBasis')}</th>
              </tr>
            </thead>
            <tbody>
              {model.decisions.map((decision) => (
                <tr key={decision.id}>
                  <td>{t(`caseFile.print.decisionTypes.${decision.type}`)}</td>
                  <td>{formats.date(decision.decidedOn)}</td>
                  <td>{decision.notifiedOn ? formats.date(decision.notifiedOn) : '—'}</td>
                  <td>{decision.reference ?? '—'}</td>
                  <td>{decision.legalBasis}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section>
        <h3>{t('caseFile.deadlines.title')}</h3>
        {model.deadlines.length === 0 ? (
          <p>{t('caseFile.deadlines.none')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{t('caseFile.deadlines.what')}</th>
                <th>{t('caseFile.deadlines.due')}</th>
                <th>{t('caseFile.deadlines.daysLeft')}</th>
                <th>{t('caseFile.deadlines.state')}</th>
                <th>{t('caseFile.deadlines.legalBasis')}</th>
              </tr>
            </thead>
            <tbody>
              {model.deadlines.map((deadline) => (
                <tr key={deadline.id}>
                  <td>{t(`caseFile.${deadline.labelKey}`, { defaultValue: deadline.label })}</td>
                  <td>{formats.date(deadline.dueDate)}</td>
                  <td>
                    {deadline.daysRemaining < 0
                      ? t('caseFile.deadlines.overdueBy', { days: -deadline.daysRemaining })
                      : t('caseFile.deadlines.days', { days: deadline.daysRemaining })}{' '}
                    ({t(`caseFile.deadlines.countingKinds.${deadline.counting}`)})
                  </td>
                  <td>{t(`caseFile.deadlines.states.${deadline.state}`)}</td>
                  <td>
                    {deadline.legalBasis}
                    {!deadline.verified && ` (${t(`${explanationsNamespace}.terms.marker.unverified`)})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section>
        <h3>{t('caseFile.eligibility.title')}</h3>
        {model.eligibility.map(({ id, assessment }) => (
          <div key={id} className="printed-case__assessment" data-testid={`printed-assessment-${id}`}>
            <h4>
              {t(`caseFile.eligibility.sections.${id}`)}: <span data-testid="printed-verdict">{t(`caseFile.eligibility.verdicts.${assessment.verdict}`)}</span>
            </h4>
            <p>{explain(summaryMessage(assessment))}</p>
            <p>{assessment.basis ? t('caseFile.eligibility.basis', { basis: assessment.basis.legalBasis }) : t('caseFile.eligibility.noBasis')}</p>
            <table>
              <thead>
                <tr>
                  <th>{t('caseFile.eligibility.check')}</th>
                  <th>{t('caseFile.eligibility.status')}</th>
                  <th>{t('caseFile.eligibility.citation')}</th>
                </tr>
              </thead>
              <tbody>
                {assessment.checks.map((check) => (
                  <tr key={`${check.id}-${check.messageKey}`}>
                    <td>{explain(checkMessage(check))}</td>
                    <td>{t(`caseFile.eligibility.checkStatus.${check.status}`)}</td>
                    <td>
                      {check.legalBasis}
                      {!check.verified && ` (${t(`${explanationsNamespace}.terms.marker.unverified`)})`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>

      <section>
        <h3>{t('caseFile.readmission.title')}</h3>
        {model.readmission.length === 0 ? (
          <p>{t('caseFile.print.noReadmission')}</p>
        ) : (
          <ul>
            {model.readmission.map((view) => (
              <li key={view.request.id}>
                {t('caseFile.print.readmissionRequest', {
                  state: formats.country(view.request.requestedState),
                  status: t(`caseFile.readmission.statuses.${view.request.status}`),
                })}{' '}
                {replyText(t, formats, view)}
                {view.agreement && <> · {t(`intake.agreements.${view.agreement.id}`)}</>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section>
        <h3>{t('caseFile.timeline.title')}</h3>
        {model.timeline.length === 0 ? (
          <p>{t('caseFile.timeline.empty')}</p>
        ) : (
          <ol className="printed-case__timeline">
            {model.timeline.map((entry) => (
              <li key={entry.id}>
                <span className="printed-case__when">{formats.dateTime(entry.at)}</span>{' '}
                {t(entry.sentenceKey, { role: t(`caseFile.roles.${entry.role}`), name: entry.actorName, what: entry.whatKey ? t(entry.whatKey) : '' })}
                {entry.reasonMessage && <> · {t('caseFile.timeline.reason', { reason: explain(entry.reasonMessage) })}</>}
                {entry.reason && <> · {t('caseFile.timeline.reason', { reason: entry.reason })}</>}
                {entry.legalBasis && <> · {t('intake.legalBasis', { basis: entry.legalBasis })}</>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function birthText(t: Translate, formats: Formats, birth: PrintedBirth): string {
  switch (birth.kind) {
    case 'date':
      return t(birth.estimated ? 'caseFile.header.bornEstimated' : 'caseFile.header.born', { date: formats.date(birth.date) });
    case 'year':
      return t('caseFile.print.bornInYear', { year: birth.year });
    case 'unknown':
      return t('caseFile.header.birthUnknown');
  }
}

function replyText(t: Translate, formats: Formats, view: ReadmissionRequestView): string {
  const { reply } = view;
  switch (reply.state) {
    case 'awaiting_reply':
      return t('caseFile.readmission.reply.awaiting', { date: formats.date(reply.dueDate) });
    case 'deemed_accepted':
      return t('caseFile.readmission.reply.deemedAccepted', { date: formats.date(reply.deemedAcceptedOn) });
    case 'replied':
      return t('caseFile.readmission.reply.replied', { outcome: t(`caseFile.enums.replyOutcome.${reply.outcome}`), date: formats.date(reply.repliedOn) });
    case 'reply_overdue':
      return t('caseFile.readmission.reply.overdue', { date: formats.date(reply.dueDate) });
    case 'no_agreement':
    case 'not_received':
      return t('caseFile.readmission.reply.notReceived');
  }
}
