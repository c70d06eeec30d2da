import type { AuditEvent, CaseFile } from '../../../../../shared/model';
import type { DueSoonPolicy } from '../../../../../shared/reference';
import { birthYear, type Pseudonymiser } from '../../../../../shared/reports/export/pseudonymiser';
import type { Deadline } from '../../../../../shared/rules';
import { personDisplayName } from '../../../ui/format/personName';
import { caseHeaderView, type CaseHeaderView } from '../caseHeaderView';
import { runningDeadlines } from '../deadlineRows';
import { eligibilitySections, type EligibilitySection } from '../eligibilityView';
import { readmissionRequestViews, type ReadmissionRequestView } from '../readmissionView';
import { timelineEntries, type TimelineEntry } from '../timelineEntries';

export type PrintedBirth = { kind: 'date'; date: string; estimated: boolean } | { kind: 'year'; year: number } | { kind: 'unknown' };

export interface PrintedIdentity {
  name: string;
  source: CaseFile['identities'][number]['source'];
  confidence: CaseFile['identities'][number]['confidence'];
}

export interface PrintedNationality {
  country: string;
  status: CaseFile['nationalities'][number]['status'];
  /** `description` is left out of a pseudonymised copy: free text can name anyone. */
  evidence: { kind: CaseFile['nationalities'][number]['evidence'][number]['kind']; description: string | undefined }[];
}

export interface PrintedDocument {
  type: CaseFile['documents'][number]['type'];
  number: string | undefined;
  form: CaseFile['documents'][number]['form'];
}

export interface PrintedDecision {
  id: string;
  type: CaseFile['decisions'][number]['type'];
  reference: string | undefined;
  decidedOn: string;
  notifiedOn: string | undefined;
  legalBasis: string;
}

/** Everything one case contributes to the PDF, computed once, with the identifying facts already pseudonymised when asked. */
export interface CasePrintModel {
  caseId: string;
  pseudonymised: boolean;
  header: CaseHeaderView;
  birth: PrintedBirth;
  placeOfBirth: string | undefined;
  identities: PrintedIdentity[];
  nationalities: PrintedNationality[];
  documents: PrintedDocument[];
  residency: CaseFile['residencyHistory'];
  decisions: PrintedDecision[];
  deadlines: Deadline[];
  eligibility: EligibilitySection[];
  readmission: ReadmissionRequestView[];
  timeline: TimelineEntry[];
}

export interface CasePrintOptions {
  today: string;
  dueSoon: DueSoonPolicy;
  /** Given for the pseudonymised copy (shared/reports/export/pseudonymiser): one key per document. */
  pseudonymiser?: Pseudonymiser;
}

/**
 * One case as the PDF shows it. The rules (deadlines, eligibility, readmission clock) run
 * on the case as recorded, so a pseudonymised copy states the same verdicts; only what it
 * shows of the person changes: names and document numbers become stable pseudonyms, the
 * date of birth its year, and free text that can name anyone (the place of birth, evidence
 * descriptions, typed reasons and amended values) is left out.
 */
export function casePrintModel(caseFile: CaseFile, events: readonly AuditEvent[], options: CasePrintOptions): CasePrintModel {
  const { today, pseudonymiser } = options;
  const name = (identity: { familyName: string; givenNames: string }): string =>
    pseudonymiser ? pseudonymiser.pseudonym('name', personDisplayName(identity)) : personDisplayName(identity);
  const documentNumber = (number: string | undefined): string | undefined =>
    number && pseudonymiser ? pseudonymiser.pseudonym('document_number', number) : number;
  const header = caseHeaderView(caseFile, today);
  const primary = caseFile.identities.find((identity) => identity.primary) ?? caseFile.identities[0];
  const readmission = readmissionRequestViews(caseFile, today).map((view) => ({
    ...view,
    evidence: view.evidence.map((item) => ({ ...item, number: documentNumber(item.number) })),
  }));
  return {
    caseId: caseFile.id,
    pseudonymised: pseudonymiser !== undefined,
    header: {
      ...header,
      name: primary ? name(primary) : '',
      aliases: caseFile.identities.filter((identity) => identity !== primary).map(name),
      dateOfBirth: pseudonymiser ? undefined : header.dateOfBirth,
    },
    birth: printedBirth(caseFile.person, pseudonymiser !== undefined),
    placeOfBirth: pseudonymiser ? undefined : caseFile.person.placeOfBirth,
    identities: caseFile.identities.map((identity) => ({ name: name(identity), source: identity.source, confidence: identity.confidence })),
    nationalities: caseFile.nationalities.map((nationality) => ({
      country: nationality.country,
      status: nationality.status,
      evidence: nationality.evidence.map((evidence) => ({ kind: evidence.kind, description: pseudonymiser ? undefined : evidence.description })),
    })),
    documents: caseFile.documents.map((document) => ({ type: document.type, number: documentNumber(document.number), form: document.form })),
    residency: [...caseFile.residencyHistory].sort((a, b) => a.from.localeCompare(b.from)),
    decisions: caseFile.decisions
      .map((decision) => ({
        id: decision.id,
        type: decision.type,
        reference: decision.reference,
        decidedOn: decision.decidedOn,
        notifiedOn: decision.notifiedOn,
        legalBasis: decision.legalBasis,
      }))
      .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.id.localeCompare(b.id)),
    deadlines: runningDeadlines(caseFile, today, options.dueSoon),
    eligibility: eligibilitySections(caseFile, today),
    readmission,
    // Oldest first, as a file is read (the screen shows the newest first).
    timeline: timelineEntries(events, caseFile)
      .map((entry) => (pseudonymiser ? { ...entry, reason: undefined, details: [] } : entry))
      .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id)),
  };
}

function printedBirth(person: CaseFile['person'], pseudonymised: boolean): PrintedBirth {
  if (!person.dateOfBirth) return { kind: 'unknown' };
  if (!pseudonymised) return { kind: 'date', date: person.dateOfBirth, estimated: person.dateOfBirthEstimated };
  const year = birthYear(person.dateOfBirth);
  return year === null ? { kind: 'unknown' } : { kind: 'year', year };
}
