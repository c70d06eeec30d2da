import type { CaseFile } from '../../model';
import type { CalendarDate } from '../../reference';
import { assessDublinTransfer, type DublinTransferAssessment } from './assessDublinTransfer';
import { assessForcedReturn, type ForcedReturnAssessment } from './assessForcedReturn';
import { assessProtectionStateReturn, type ProtectionStateReturnAssessment } from './assessProtectionStateReturn';
import { assessReadmission, type ReadmissionAssessment } from './assessReadmission';
import { assessVoluntaryReturn, type VoluntaryReturnAssessment } from './assessVoluntaryReturn';

export interface ReturnRouteAssessments {
  voluntary: VoluntaryReturnAssessment;
  forced: ForcedReturnAssessment;
  readmission: ReadmissionAssessment;
  dublin: DublinTransferAssessment;
  protectionMemberState: ProtectionStateReturnAssessment;
}

/** Every return route assessed on the same date, for the case file's route panel. */
export function assessReturnRoutes(caseFile: CaseFile, asOf: CalendarDate): ReturnRouteAssessments {
  return {
    voluntary: assessVoluntaryReturn(caseFile, asOf),
    forced: assessForcedReturn(caseFile, asOf),
    readmission: assessReadmission(caseFile, asOf),
    dublin: assessDublinTransfer(caseFile, asOf),
    protectionMemberState: assessProtectionStateReturn(caseFile, asOf),
  };
}
