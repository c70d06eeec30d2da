import type { CaseFile } from '../../model';
import type { CalendarDate } from '../../reference';
import { entryBanDeadlines, reintegrationDeadline } from './afterReturnDeadlines';
import type { Deadline, DeadlineKind } from './deadline';
import { cumulativeDetentionDeadline, detentionDeadline } from './detentionDeadline';
import { dublinTransferDeadline } from './dublinTransferDeadline';
import {
  laissezPasserDeadline,
  readmissionReplyDeadline,
  readmissionTransferWindowDeadline,
  thirdCountryNationalRequestDeadline,
  transitReplyDeadline,
  wrongfulReadmissionDeadline,
} from './readmissionDeadlines';
import { fd2008909TransferDeadlines, sentenceDeadlines } from './sentenceDeadlines';
import { voluntaryDepartureDeadline } from './voluntaryDepartureDeadline';

function present<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/** Every timer of the case on `asOf` (domain.md §5(d)), in due-date order. */
export function caseDeadlines(caseFile: CaseFile, asOf: CalendarDate): Deadline[] {
  const deadlines: Deadline[] = [
    voluntaryDepartureDeadline(caseFile, asOf),
    ...caseFile.detentionPeriods.flatMap((period) => detentionDeadline(period, caseFile, asOf)),
    cumulativeDetentionDeadline(caseFile, asOf),
    ...caseFile.readmissionRequests.flatMap((request) => [
      readmissionReplyDeadline(request, asOf),
      readmissionTransferWindowDeadline(request, asOf),
      wrongfulReadmissionDeadline(request, asOf),
      laissezPasserDeadline(request, asOf),
      thirdCountryNationalRequestDeadline(caseFile, request, asOf),
    ]),
    ...caseFile.transitRequests.map((request) => transitReplyDeadline(request, asOf)),
    ...caseFile.dublinRequests.map((request) => dublinTransferDeadline(request, asOf)),
    ...sentenceDeadlines(caseFile, asOf),
    ...caseFile.sentenceTransfers.flatMap((transfer) => fd2008909TransferDeadlines(transfer, asOf)),
    ...entryBanDeadlines(caseFile, asOf),
    reintegrationDeadline(caseFile, asOf),
  ]
    .filter(present)
    // A due date before its start means inconsistent dates on file; the eligibility rules report those.
    .filter((deadline) => deadline.dueDate >= deadline.startDate);
  return deadlines.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
}

/** Periods that run after the return and call for no step by the office: never the "next deadline". */
const afterReturnKinds: readonly DeadlineKind[] = ['entry_ban_end', 'reintegration_end', 'wrongful_readmission'];

/**
 * The case's most urgent open deadline: the earliest due date among those not met
 * (overdue ones come first since their dates are earliest; a period that has ended counts
 * as met). Binding deadlines win a tie over indicative ones. The store indexes its due date
 * as the case's "next deadline date". `leaveOut`: kinds the caller knows call for no step
 * (the case header leaves out those of a route that is not open).
 */
export function nextDeadline(caseFile: CaseFile, asOf: CalendarDate, leaveOut: readonly DeadlineKind[] = []): Deadline | undefined {
  return caseDeadlines(caseFile, asOf)
    .filter(
      (deadline) => deadline.state !== 'met' && deadline.state !== 'ended' && !afterReturnKinds.includes(deadline.kind) && !leaveOut.includes(deadline.kind),
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || Number(b.blocking) - Number(a.blocking))[0];
}

/** The due date to index as "next deadline date", or undefined when nothing is running. */
export function nextDeadlineDate(caseFile: CaseFile, asOf: CalendarDate): CalendarDate | undefined {
  return nextDeadline(caseFile, asOf)?.dueDate;
}
