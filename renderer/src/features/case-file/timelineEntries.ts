import { isTermListGroup, type MessageParam } from '../../../../shared/explanations';
import type { AuditEvent, CatalogueMessage, CaseFile, Role } from '../../../../shared/model';
import type { ExplainedMessage } from '../../i18n/explanationText';
import { workflowActionById } from '../../../../shared/workflow';
import { amendCaseFacts } from '../../../../shared/workflow/actions/caseFactsAmendment';
import { openCase } from '../../../../shared/workflow/actions/openCase';
import { amendmentDetails, type AmendedDetail } from './editing/amendmentDetails';
import { amendedSectionOf } from './editing/sectionForm';

/**
 * One line of the case's history in plain language: "Supervisor An Peeters approved the
 * forced return decision". The sentence is chosen by what happened; the words come from
 * i18n (`caseFile.timeline.*`), the action's name from `caseFile.actionNouns.*` or
 * `caseFile.actionsDone.*`.
 */
export interface TimelineEntry {
  id: string;
  at: string;
  role: Role;
  actorName: string;
  /** i18n key of the sentence; it takes {{role}}, {{name}} and {{what}}. */
  sentenceKey: string;
  /** i18n key of the action named in the sentence (or undefined when the sentence says it all). */
  whatKey: string | undefined;
  /** A reason the user typed (or, on events written before reasonMessage existed, the workflow's English), shown as stored. */
  reason: string | undefined;
  /** The workflow's own reason, a catalogue message worded in the reader's language. */
  reasonMessage: ExplainedMessage | undefined;
  legalBasis: string | undefined;
  /** For an amendment of the facts: each fact changed, added or removed. */
  details: AmendedDetail[];
}

export function timelineEntries(events: readonly AuditEvent[], caseFile: CaseFile): TimelineEntry[] {
  return events
    .filter((event) => event.action !== 'case.viewed')
    .map((event) => ({
      ...sentenceOf(event, caseFile),
      id: event.id,
      at: event.at,
      role: event.actor.role,
      actorName: event.actor.displayName,
      reason: event.reason,
      reasonMessage: event.reasonMessage === undefined ? undefined : explainedMessage(event.reasonMessage),
      legalBasis: event.legalBasis,
      details: event.action === amendCaseFacts.id ? amendmentDetails(event) : [],
    }))
    .sort((a, b) => b.at.localeCompare(a.at));
}

function sentenceOf(event: AuditEvent, caseFile: CaseFile): { sentenceKey: string; whatKey: string | undefined } {
  // 'case.created': events of cases opened before opening a case was the workflow's openCase action.
  if (event.action === openCase.id || event.action === 'case.created') return { sentenceKey: 'caseFile.timeline.created', whatKey: undefined };
  if (event.action === 'case.imported') return { sentenceKey: 'caseFile.timeline.imported', whatKey: undefined };
  if (event.action.startsWith('export.')) return { sentenceKey: 'caseFile.timeline.exported', whatKey: undefined };
  if (event.action === 'approvePendingAction' || event.action === 'rejectPendingAction' || event.action === 'withdrawPendingAction') {
    const decided = caseFile.pendingApprovals.find((approval) => approval.decidedAt === event.at);
    const verb = event.action === 'approvePendingAction' ? 'approved' : event.action === 'rejectPendingAction' ? 'rejected' : 'withdrew';
    return { sentenceKey: `caseFile.timeline.${verb}`, whatKey: decided ? `caseFile.actionNouns.${decided.actionId}` : 'caseFile.actionNouns.unknown' };
  }
  if (event.action === amendCaseFacts.id) {
    // Which part changed, in words: "updated the residence status".
    const section = amendedSectionOf(event);
    return { sentenceKey: 'caseFile.timeline.did', whatKey: section ? `caseFile.factsAmended.${section}` : 'caseFile.actionsDone.amendCaseFacts' };
  }
  if (workflowActionById(event.action)?.needsFourEyes) return { sentenceKey: 'caseFile.timeline.proposed', whatKey: `caseFile.actionNouns.${event.action}` };
  if (workflowActionById(event.action)) return { sentenceKey: 'caseFile.timeline.did', whatKey: `caseFile.actionsDone.${event.action}` };
  return { sentenceKey: 'caseFile.timeline.recorded', whatKey: undefined };
}

/**
 * A stored catalogue message as the explanation hook words it. A value of a term group this
 * version does not know is shown as its codes; a key it does not know falls back to the
 * English stored with the event.
 */
export function explainedMessage(message: CatalogueMessage): ExplainedMessage {
  const params = Object.fromEntries(
    Object.entries(message.params).map(([name, value]): [string, MessageParam] => {
      if (typeof value !== 'object') return [name, value];
      return [name, isTermListGroup(value.group) ? { group: value.group, values: value.values, join: value.join } : value.values.join(', ')];
    }),
  );
  return { messageKey: message.key, params, text: message.text };
}
