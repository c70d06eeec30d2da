import { CaseFileSchema, type Actor, type RecordMeta } from '../../../../shared/model';
import type { NewCase } from '../../../../shared/workflow/actions/openCase';
import type { IntakeFormValues } from '../../ui/caseFacts/intakeSchema';

export interface NewCaseContext {
  actor: Actor;
  now: Date;
  /** Today in Europe/Brussels (YYYY-MM-DD). */
  today: string;
  newId: () => string;
}

/** The case file schema less what the store allocates when the case is opened (reference, office, workspace flag). */
const NewCaseSchema = CaseFileSchema.omit({ reference: true, office: true, training: true });

/**
 * The case a completed intake opens: every fact the caseworker entered, nothing presumed.
 * Stage INTAKE and route "undetermined": the workflow moves it on from there. The reference
 * and the office are the store's to allocate (the openCase action). Validated against the
 * case file schema, so a mapping mistake fails here, not in the store. Every record gets
 * new meta, whatever id an entry carries (ids matter only to amendments).
 */
export function caseFileFromIntake(values: IntakeFormValues, context: NewCaseContext): NewCase {
  const at = context.now.toISOString();
  const meta = (): RecordMeta => ({ id: context.newId(), createdAt: at, updatedAt: at, updatedBy: context.actor.userId, version: 1 });
  const { identity, nationality, documents, residency, custody, family } = values;
  const caseFile: NewCase = {
    ...meta(),
    assigneeId: context.actor.userId,
    stage: 'INTAKE',
    route: 'undetermined',
    priority: custody.inCustody ? 'high' : 'normal',
    openedOn: context.today,
    person: { ...identity.person, ...nationality.person, ...meta(), biometricReferences: [] },
    identities: [{ ...identity.primaryName, ...meta(), primary: true }, ...identity.aliases.map((alias) => ({ ...alias, ...meta(), primary: false }))],
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
  return NewCaseSchema.parse(caseFile);
}

/** Today's calendar date in Brussels, the office's time zone (legal periods count these days). */
export function brusselsToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
