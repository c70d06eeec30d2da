import { closeAsRemoved, recordRefusalToBoard, cancelRemoval, confirmRemoval, scheduleRemoval } from './actions/removal';
import { amendCaseFacts } from './actions/caseFactsAmendment';
import { closeCase, reopenCase } from './actions/closure';
import { recordAbsconding, recordReappearance, resumeCase, suspendCase } from './actions/crossCutting';
import { detain, extendDetention, releaseAtMaximum, releaseFromDetention } from './actions/detention';
import { confirmDublinTransfer, recordDublinExpiry, recordDublinReply, recordDublinRequest } from './actions/dublin';
import { recordFitnessToTravel, recordNonRefoulementAssessment } from './actions/removalAssessments';
import { recordExceptionalShortRemainder, recordMentalHealthScreening } from './actions/custodyFacts';
import { completeIdentification, startIdentification } from './actions/identification';
import {
  draftReadmissionRequest,
  markReadmissionDeemedAccepted,
  markReadmissionExecuted,
  markTransferWindowExpired,
  recordReadmissionEvidence,
  recordRequestObstacle,
  recordReadmissionReceipt,
  recordReadmissionReply,
  recordTransferObstacle,
  recordTravelDocument,
  sendReadmissionRequest,
  withdrawReadmissionRequest,
} from './actions/readmission';
import { confirmVoluntaryDeparture, decideForcedReturn, startVoluntaryPreparation } from './actions/returnPreparation';
import { recordTransferOutcome, requestSentenceTransfer, startTransferAssessment } from './actions/sentenceTransfer';
import { issueReturnDecision, recognizeLegalStay, registerCustody, startDublinProcedure } from './actions/statusAssessment';
import { openCase, type CreationAction } from './actions/openCase';
import type { RegisteredAction } from './types';

/** Every case action except the approval flow, in the order the UI lists them. */
export const caseActions: readonly RegisteredAction[] = [
  startIdentification,
  completeIdentification,
  recognizeLegalStay,
  recordDublinRequest,
  recordDublinReply,
  startDublinProcedure,
  confirmDublinTransfer,
  recordDublinExpiry,
  registerCustody,
  startTransferAssessment,
  recordExceptionalShortRemainder,
  recordMentalHealthScreening,
  requestSentenceTransfer,
  recordTransferOutcome,
  issueReturnDecision,
  startVoluntaryPreparation,
  confirmVoluntaryDeparture,
  decideForcedReturn,
  detain,
  extendDetention,
  releaseFromDetention,
  releaseAtMaximum,
  recordNonRefoulementAssessment,
  recordFitnessToTravel,
  scheduleRemoval,
  recordRefusalToBoard,
  cancelRemoval,
  confirmRemoval,
  closeAsRemoved,
  closeCase,
  reopenCase,
  suspendCase,
  resumeCase,
  recordAbsconding,
  recordReappearance,
  draftReadmissionRequest,
  recordReadmissionEvidence,
  recordRequestObstacle,
  sendReadmissionRequest,
  recordReadmissionReceipt,
  recordReadmissionReply,
  markReadmissionDeemedAccepted,
  recordTravelDocument,
  recordTransferObstacle,
  markReadmissionExecuted,
  markTransferWindowExpired,
  withdrawReadmissionRequest,
  amendCaseFacts,
];

/**
 * Actions that create a case rather than change one: run by the intake, not listed among a
 * case's next steps and without an action dialog.
 */
export const creationActions: readonly CreationAction[] = [openCase];

export function caseActionById(id: string): RegisteredAction | undefined {
  return caseActions.find((action) => action.id === id);
}
