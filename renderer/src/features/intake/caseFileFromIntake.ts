import { CaseFileSchema, type Actor, type CaseFile, type RecordMeta } from '../../../../shared/model';
import type { IntakeFormValues } from '../../ui/caseFacts/intakeSchema';

export interface NewCaseContext {
  actor: Actor;
  now: Date;
  /** Today in Europe/Brussels (YYYY-MM-DD). */
  today: string;
  reference: string;
  office: string;
  training: boolean;
  newId: () => string;
}

/**
 * The case file a completed intake opens: every fact the caseworker entered, nothing
 * presumed. Stage INTAKE and route "undetermined": the workflow moves it on from there.
 * Validated against the case file schema, so a mapping mistake fails here, not in the store.
 * Every record gets new meta, whatever id an entry carries (ids matter only to amendments).
 */
export function caseFileFromIntake(values: IntakeFormValues, context: NewCaseContext): CaseFile {
  const at = context.now.toISOString();
  const meta = (): RecordMeta => ({ id: context.newId(), createdAt: at, updatedAt: at, updatedBy: context.actor.userId, version: 1 });
  const { identity, nationality, documents, residency, custody, family } = values;
  const caseFile: CaseFile = {
    ...meta(),
    reference: context.reference,
    office: context.office,
    assigneeId: context.actor.userId,
    stage: 'INTAKE',
    route: 'undetermined',
    priority: custody.inCustody ? 'high' : 'normal',
    openedOn: context.today,
    training: context.training,
    person: { ...identity.person, ...nationality.person, ...meta(), biometricReferences: [] },
    identities: [
      { ...identity.primaryName, ...meta(), primary: true },
      ...identity.aliases.map((alias) => ({ ...alias, ...meta(), primary: false })),
    ],
    nationalities: nationality.nationalities.map((entry) => ({ ...entry, ...meta() })),
    documents: documents.documents.map((document) => ({ ...document, ...meta() })),
    residencyHistory: residency.residencyHistory.map((entry) => ({ ...entry, ...meta() })),
    ...(custody.inCustody ? { custody: { ...custody.custody, ...meta() } } : {}),
    sentenceTransfers: [],
    familyLinks: family.familyLinks.map((link) => ({ ...link, ...meta() })),
    vulnerabilities: family.vulnerabilities.map((vulnerability) => ({ ...vulnerability, ...meta() })),
    fitnessAssessments: [],
    nonRefoulementAssessments: [],
    decisions: [],
    appeals: [],
    detentionPeriods: [],
    readmissionRequests: [],
    transitRequests: [],
    dublinRequests: [],
    pendingApprovals: [],
  };
  return CaseFileSchema.parse(caseFile);
}

/** Today's calendar date in Brussels, the office's time zone (legal periods count these days). */
export function brusselsToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
