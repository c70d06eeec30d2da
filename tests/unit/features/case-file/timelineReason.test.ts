import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { explanationText } from '../../../../renderer/src/i18n/explanationText';
import { explainedMessage, timelineEntries } from '../../../../renderer/src/features/case-file/timelineEntries';
import type { Actor, AuditEvent, CaseFile } from '../../../../shared/model';
import { executeAction } from '../../../../shared/workflow';
import { generateCase } from '../../../bench/caseGenerator';
import { appI18next } from '../../i18n/appI18next';

let instance: i18n;
beforeAll(async () => {
  instance = await appI18next();
});

const locales = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE', sq: 'sq-AL' } as const;
const caseworker: Actor = { userId: 'user-caseworker-1', displayName: 'An Peeters', role: 'caseworker' };
const supervisor: Actor = { userId: 'user-supervisor-1', displayName: 'Marie Dubois', role: 'supervisor' };

function returnDecisionCase(): CaseFile {
  const base = generateCase(5, 21);
  const meta = { id: '6f1d1a52-4c8e-4a51-9d55-8e0f7c4f2a10', createdAt: base.createdAt, updatedAt: base.createdAt, updatedBy: caseworker.userId, version: 1 };
  return {
    ...base,
    stage: 'RETURN_DECISION',
    route: 'forced',
    decisions: [
      {
        ...meta,
        type: 'order_to_leave',
        decidedOn: '2026-09-01',
        notifiedOn: '2026-09-01',
        decidedBy: caseworker.userId,
        legalBasis: 'Aliens Act Art. 7 and 74/14',
        departureDays: 30,
        shortenedPeriodGrounds: [],
      },
    ],
  };
}

/** The proposal and its approval (with a typed note) as shared/workflow writes them. */
function history(): { caseFile: CaseFile; events: AuditEvent[] } {
  const proposed = executeAction('decideForcedReturn', returnDecisionCase(), caseworker, new Date('2026-11-23T09:00:00.000Z'), { destinationCountry: 'AL' });
  if (!proposed.ok) throw new Error('proposal refused');
  const approvalId = proposed.caseFile.pendingApprovals[0]?.id;
  const approved = executeAction('approvePendingAction', proposed.caseFile, supervisor, new Date('2026-11-23T10:00:00.000Z'), {
    approvalId,
    note: 'Gelezen en akkoord.',
  });
  if (!approved.ok) throw new Error('approval refused');
  return { caseFile: approved.caseFile, events: [proposed.event, approved.event] };
}

async function reasonIn(language: keyof typeof locales, event: AuditEvent): Promise<string> {
  await instance.changeLanguage(language);
  if (event.reasonMessage === undefined) throw new Error('no keyed reason');
  return explanationText(instance.t, locales[language], explainedMessage(event.reasonMessage));
}

describe("the case's history words the workflow's own reasons in the reader's language", () => {
  it('takes the keyed reason to the timeline entry, and the typed note as typed', () => {
    const { caseFile, events } = history();
    const [approval, proposal] = timelineEntries(events, caseFile);
    expect(proposal?.reasonMessage?.messageKey).toBe('audit.proposed');
    expect(proposal?.reason).toBeUndefined();
    expect(approval?.reasonMessage).toMatchObject({ messageKey: 'audit.approved', params: { proposer: 'An Peeters' } });
    expect(approval?.reason).toBe('Gelezen en akkoord.');
  });

  it('words the proposal and the approval in English, Dutch, French and Albanian', async () => {
    const [proposal, approval] = history().events;
    if (proposal === undefined || approval === undefined) throw new Error('events missing');
    expect(await reasonIn('en', proposal)).toBe('Proposed: awaits approval by another supervisor (four eyes).');
    expect(await reasonIn('nl', proposal)).toBe('Voorgesteld: wacht op goedkeuring door een andere supervisor (vier-ogenprincipe).');
    expect(await reasonIn('fr', proposal)).toBe("Proposé : en attente de l'approbation d'un autre superviseur (principe des quatre yeux).");
    expect(await reasonIn('sq', proposal)).toBe('Propozuar: pret miratimin nga një mbikëqyrës tjetër (parimi i katër syve).');
    expect(await reasonIn('en', approval)).toBe('Approved the proposal made by An Peeters.');
    expect(await reasonIn('nl', approval)).toBe('Voorstel van An Peeters goedgekeurd.');
    expect(await reasonIn('fr', approval)).toBe('Proposition faite par An Peeters approuvée.');
    expect(await reasonIn('sq', approval)).toBe('U miratua propozimi i bërë nga An Peeters.');
  });

  it('keeps an event written before keyed reasons readable: its English reason shown as stored, no message', () => {
    const { caseFile, events } = history();
    const [, approvalEvent] = events;
    if (approvalEvent === undefined) throw new Error('events missing');
    const { reasonMessage: _written, ...old } = { ...approvalEvent, reason: 'Approved "decideForcedReturn" proposed by An Peeters' };
    const [entry] = timelineEntries([old], caseFile);
    expect(entry?.reasonMessage).toBeUndefined();
    expect(entry?.reason).toBe('Approved "decideForcedReturn" proposed by An Peeters');
  });

  it('falls back to the stored English for a key this version does not know, and to the codes of an unknown term group', async () => {
    const message = explainedMessage({
      key: 'audit.some_future_reason',
      params: { items: { group: 'futureGroup', values: ['x', 'y'], join: 'and' } },
      text: 'A reason from a later version.',
    });
    expect(message.params).toEqual({ items: 'x, y' });
    await instance.changeLanguage('fr');
    expect(explanationText(instance.t, 'fr-BE', message)).toBe('A reason from a later version.');
  });
});
