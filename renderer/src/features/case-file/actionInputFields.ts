import {
  ClosureReasonSchema,
  DetentionExtensionGroundSchema,
  DetentionGroundSchema,
  DetentionTypeSchema,
  ReadmissionSubjectSchema,
  ShortenedDepartureGroundSchema,
  SuspensionReasonSchema,
  TransferInstrumentSchema,
} from '../../../../shared/model';

/**
 * What the caseworker fills in to run an action. The workflow keeps each action's input
 * schema private (its registry exposes `checkInput` only), so the dialog is described here
 * field by field and every value is still checked by the workflow, which explains what is
 * wrong. Field names are those of the action's input; labels are `caseFile.input.<name>`.
 */
export type ActionInputKind = 'text' | 'note' | 'date' | 'timestamp' | 'integer' | 'boolean' | 'country' | 'enum' | 'enumList';

export interface ActionInputField {
  name: string;
  kind: ActionInputKind;
  required: boolean;
  /** For enums: the values, labelled `caseFile.enums.<enumKey>.<value>`. */
  options?: readonly string[];
  enumKey?: string;
}

const field = (name: string, kind: ActionInputKind, required = true, options?: readonly string[], enumKey?: string): ActionInputField => ({
  name,
  kind,
  required,
  ...(options ? { options } : {}),
  ...(enumKey ? { enumKey } : {}),
});

export const actionInputFields: Readonly<Record<string, readonly ActionInputField[]>> = {
  closeCase: [field('reason', 'enum', false, ClosureReasonSchema.options, 'closureReason'), field('note', 'note', false)],
  reopenCase: [field('reason', 'note')],
  suspendCase: [field('reason', 'enum', true, SuspensionReasonSchema.options, 'suspensionReason'), field('since', 'date'), field('note', 'note', false)],
  resumeCase: [field('note', 'note', false)],
  recordAbsconding: [field('since', 'date'), field('note', 'note', false)],
  recordReappearance: [field('on', 'date'), field('note', 'note', false)],
  detain: [
    field('centre', 'text'),
    field('detentionType', 'enum', true, DetentionTypeSchema.options, 'detentionType'),
    field('publicOrder', 'boolean'),
    field('startedOn', 'date'),
    field('ground', 'enum', true, DetentionGroundSchema.options, 'detentionGround'),
    field('groundDescription', 'note'),
    field('alternativesConsidered', 'note'),
    field('reference', 'text', false),
  ],
  extendDetention: [field('extendedUntil', 'date'), field('ground', 'enum', true, DetentionExtensionGroundSchema.options, 'extensionGround'), field('note', 'note', false)],
  releaseFromDetention: [field('releasedOn', 'date'), field('reason', 'enum', true, ['released_alternative', 'released_by_court', 'released_other'], 'releaseReason'), field('note', 'note', false)],
  confirmDublinTransfer: [field('transferredOn', 'date')],
  startTransferAssessment: [field('instrument', 'enum', true, TransferInstrumentSchema.options, 'transferInstrument'), field('administeringState', 'country'), field('withoutConsent', 'boolean')],
  requestSentenceTransfer: [field('requestSentOn', 'date', false)],
  recordTransferOutcome: [field('outcome', 'enum', true, ['accepted', 'refused', 'transferred'], 'transferOutcome'), field('on', 'date'), field('refusalReason', 'note', false)],
  issueReturnDecision: [
    field('reference', 'text', false),
    field('decidedOn', 'date'),
    field('notifiedOn', 'date', false),
    field('departureDays', 'integer'),
    field('shortenedPeriodGrounds', 'enumList', false, ShortenedDepartureGroundSchema.options, 'shortenedGround'),
    field('shortenedPeriodReasoning', 'note', false),
  ],
  startVoluntaryPreparation: [field('carrier', 'enum', true, ['iom', 'fedasil', 'commercial_unescorted', 'other'], 'voluntaryCarrier'), field('destinationCountry', 'country'), field('voluntaryReturnConsentOn', 'date')],
  confirmVoluntaryDeparture: [field('departedAt', 'timestamp'), field('arrivalConfirmedAt', 'timestamp', false)],
  decideForcedReturn: [field('destinationCountry', 'country'), field('reference', 'text', false), field('note', 'note', false)],
  scheduleRemoval: [field('scheduledDepartureAt', 'timestamp'), field('carrier', 'enum', true, ['police_escort', 'frontex', 'commercial_unescorted', 'other'], 'removalCarrier'), field('flightNumber', 'text', false), field('escorts', 'integer')],
  recordRefusalToBoard: [field('at', 'timestamp'), field('note', 'note', false)],
  cancelRemoval: [field('reason', 'note')],
  confirmRemoval: [field('departedAt', 'timestamp'), field('arrivalConfirmedAt', 'timestamp', false)],
  closeAsRemoved: [field('note', 'note', false)],
  draftReadmissionRequest: [field('requestedState', 'country'), field('subject', 'enum', true, ReadmissionSubjectSchema.options, 'readmissionSubject'), field('procedure', 'enum', true, ['standard', 'accelerated'], 'procedure')],
  sendReadmissionRequest: [field('sentOn', 'date'), field('receivedOn', 'date', false)],
  recordReadmissionReceipt: [field('receivedOn', 'date')],
  recordReadmissionReply: [field('outcome', 'enum', true, ['accepted', 'rejected', 'info_requested'], 'replyOutcome'), field('receivedOn', 'date'), field('reasons', 'note', false), field('reference', 'text', false)],
  recordTransferObstacle: [field('description', 'note'), field('from', 'date'), field('to', 'date', false)],
  markReadmissionExecuted: [field('executedOn', 'date')],
  withdrawReadmissionRequest: [field('reason', 'note')],
};

export function inputFieldsOf(actionId: string): readonly ActionInputField[] {
  return actionInputFields[actionId] ?? [];
}

/**
 * The input the workflow receives: blank answers left out, whole numbers as numbers,
 * local date-times as ISO instants, plus what the panel knows (the request or approval).
 */
export function actionInput(fields: readonly ActionInputField[], values: Readonly<Record<string, unknown>>, context: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const input: Record<string, unknown> = { ...context };
  for (const entry of fields) {
    const value = values[entry.name];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
    if (entry.kind === 'integer') {
      const number = typeof value === 'number' ? value : Number(value);
      if (Number.isFinite(number)) input[entry.name] = number;
    } else if (entry.kind === 'timestamp' && typeof value === 'string') {
      const instant = new Date(value);
      if (!Number.isNaN(instant.getTime())) input[entry.name] = instant.toISOString();
    } else {
      input[entry.name] = value;
    }
  }
  return input;
}
