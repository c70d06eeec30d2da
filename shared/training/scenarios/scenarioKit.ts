import { CASE_FILE_FORMAT, type CaseFile, type CaseFileExport, type IdentityDocument, type Nationality } from '../../model';
import type { CalendarDate } from '../../reference';
import { addCalendarDays, endOfPeriod } from '../../rules/deadlines/calendarArithmetic';
import { caseBuilder, record, TRAINING_AUTHOR, type CaseBuilder } from '../caseBuilder';
import { seededRandom } from '../random';

/**
 * The day every shipped scenario is written for (its `exportedAt`): dates are offsets from
 * it, and `rebaseScenario` moves them to the trainer's today when the scenario is loaded.
 */
export const SCENARIO_TODAY: CalendarDate = '2026-11-23';
const writtenAt = `${SCENARIO_TODAY}T08:00:00.000+01:00`;

/** A date `days` after (negative: before) the scenario's today. */
export function day(days: number): CalendarDate {
  return addCalendarDays(SCENARIO_TODAY, days);
}

/** A date `months` after (negative: before) the scenario's today, then `days` more. */
export function month(months: number, days = 0): CalendarDate {
  return addCalendarDays(endOfPeriod(SCENARIO_TODAY, { amount: months, unit: 'months' }), days);
}

/** A timestamp on a scenario date, at a Brussels time of day. */
export function at(date: CalendarDate, time = '10:00'): string {
  return `${date}T${time}:00.000+01:00`;
}

/** Ids are drawn from the scenario id: the same scenario always carries the same ids. */
export function scenarioBuilder(scenarioId: string): CaseBuilder {
  return caseBuilder(seededRandom(`scenario:${scenarioId}`), writtenAt, TRAINING_AUTHOR);
}

export function scenarioDocument(description: string, cases: CaseFile[]): CaseFileExport {
  return {
    format: CASE_FILE_FORMAT,
    exportedAt: writtenAt,
    exportedBy: { userId: TRAINING_AUTHOR, displayName: 'eRCMS training library', role: 'trainer' },
    description,
    cases,
  };
}

/** A primary identity read from a document (or declared). */
export function named(builder: CaseBuilder, familyName: string, givenNames: string, documentId?: string): CaseFile['identities'][number] {
  return record.identity(builder, {
    familyName,
    givenNames,
    primary: true,
    source: documentId ? 'document' : 'declared',
    confidence: documentId ? 'confirmed' : 'medium',
    ...(documentId ? { documentId } : {}),
  });
}

/** An original passport of `country`, valid until `validUntil` (a past date makes it expired: prima facie only). */
export function passport(builder: CaseBuilder, country: string, number: string, issuedOn: CalendarDate, validUntil: CalendarDate): IdentityDocument {
  const valid = validUntil >= SCENARIO_TODAY;
  return record.document(builder, {
    type: 'passport',
    number,
    issuingCountry: country,
    issuedOn,
    validUntil,
    form: 'original',
    evidenceClass: valid ? 'proof' : 'prima_facie',
    authenticity: 'genuine',
  });
}

/** The nationality a document establishes. */
export function nationalityFrom(builder: CaseBuilder, country: string, document: IdentityDocument, verifiedOn: CalendarDate): Nationality {
  return record.nationality(builder, {
    country,
    status: document.evidenceClass === 'proof' ? 'proven' : 'prima_facie',
    evidence: [
      {
        kind: 'document',
        documentId: document.id,
        description: `${document.type === 'passport' ? 'Passport' : 'Identity document'} examined`,
        obtainedOn: verifiedOn,
      },
    ],
    verifiedBy: TRAINING_AUTHOR,
    verifiedOn,
  });
}
