import { z } from 'zod';
import { CaseFileSchema, NoteSchema, type CaseFile, type Nationality, type RecordMeta } from '../../model';
import { defineAction, newRecordMeta } from '../defineAction';
import { officeProcedure, unmet } from '../guards/condition';
import { nationalityEvidenceBasis } from '../guards/identification';
import type { ActionContext, InputGuard, UnmetCondition } from '../types';
import {
  CustodySectionSchema,
  DocumentsSectionSchema,
  FamilySectionSchema,
  IdentitySectionSchema,
  NationalitySectionSchema,
  ResidencySectionSchema,
  managedKeys,
  type CaseFactSection,
} from './caseFactSections';

/**
 * Amends one part of the case facts (identity and aliases, nationality, documents,
 * residency, custody, family and vulnerabilities) with the same entries as the intake.
 * Records keep their id and what the form does not manage; a changed record gets a new
 * version; the audit event lists every changed record before and after. A correction of
 * identity facts or of an established nationality needs a reason, which the audit trail
 * keeps (accuracy and rectification of personal data; the nationality decides the
 * readmission agreement and the transfer route).
 */
const reason = NoteSchema.optional();
export const CaseFactsAmendmentSchema = z.discriminatedUnion('section', [
  z.object({ section: z.literal('identity'), facts: IdentitySectionSchema, reason }),
  z.object({ section: z.literal('nationality'), facts: NationalitySectionSchema, reason }),
  z.object({ section: z.literal('documents'), facts: DocumentsSectionSchema, reason }),
  z.object({ section: z.literal('residency'), facts: ResidencySectionSchema, reason }),
  z.object({ section: z.literal('custody'), facts: CustodySectionSchema, reason }),
  z.object({ section: z.literal('family'), facts: FamilySectionSchema, reason }),
]);
export type CaseFactsAmendment = z.output<typeof CaseFactsAmendmentSchema>;

const accuracyBasis = 'Regulation (EU) 2016/679 Art. 5(1)(d) and Art. 16 (accurate personal data, rectification)';

/** The rule each part's facts feed, recorded as the legal basis of the amendment. */
export const sectionLegalBasis: Readonly<Record<CaseFactSection, string>> = {
  identity: accuracyBasis,
  nationality: nationalityEvidenceBasis,
  documents: nationalityEvidenceBasis,
  residency: 'Aliens Act (Law of 15 December 1980): residence status; Directive 2008/115/EC Art. 6 (return decision)',
  custody: 'ETS 112 Art. 3 and ETS 167 Arts. 2–3 (conditions for the transfer of sentenced persons)',
  family: 'Directive 2008/115/EC Art. 3(9) (vulnerable persons) and Art. 5 (best interests of the child, family life)',
};

type Amendment = ActionContext<CaseFactsAmendment>;
type Fields = Record<string, unknown>;

/** Same facts, whatever the order of the keys (a kept field and an entered field land in another order). */
function sameFacts(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, entry]) => [key, canonical(entry)]),
  );
}

/** A recorded record with the entered facts: unmanaged fields kept, a new version only if something changed. */
function amendedRecord(previous: RecordMeta & Fields, content: Fields, managed: ReadonlySet<string>, context: Amendment): Fields {
  const kept = Object.fromEntries(Object.entries(previous).filter(([key]) => !managed.has(key) || key === 'id'));
  const candidate = { ...kept, ...content };
  if (sameFacts(candidate, previous)) return previous;
  return { ...candidate, updatedAt: context.now.toISOString(), updatedBy: context.actor.userId, version: previous.version + 1 };
}

/**
 * The records of a list after the amendment: an entry with the id of a recorded record
 * amends it, any other entry is a new record, and a record no entry names is removed
 * (the audit event keeps it whole).
 */
function amendedList<R extends RecordMeta & Fields>(
  previous: readonly R[],
  entries: readonly ({ id?: string | undefined } & Fields)[],
  managed: ReadonlySet<string>,
  purpose: string,
  context: Amendment,
  complete: (content: Fields, previous: R | undefined) => Fields = (content) => content,
): Fields[] {
  const used = new Set<string>();
  return entries.map((entry, index) => {
    const { id, ...entered } = entry;
    const match = id === undefined || used.has(id) ? undefined : previous.find((record) => record.id === id);
    if (match) {
      used.add(match.id);
      return amendedRecord(match, complete(entered, match), managed, context);
    }
    return { ...complete(entered, undefined), ...newRecordMeta(context, `amendCaseFacts:${purpose}:${index}`) };
  });
}

function isEstablished(status: unknown): boolean {
  return status === 'proven' || status === 'prima_facie';
}

/** Who established a nationality and when (domain.md §5(a)): set when it becomes established, cleared when it no longer is. */
function withVerification(context: Amendment) {
  return (content: Fields, previous: Nationality | undefined): Fields => {
    if (!isEstablished(content.status)) return { ...content, verifiedBy: undefined, verifiedOn: undefined };
    const newlyEstablished = previous === undefined || !isEstablished(previous.status) || previous.country !== content.country;
    return newlyEstablished ? { ...content, verifiedBy: context.actor.userId, verifiedOn: context.today } : content;
  };
}

/** The case file as it would be after the amendment, before the schema check. */
function amendedFacts(context: Amendment): Fields {
  const { caseFile, input } = context;
  switch (input.section) {
    case 'identity': {
      const { primaryName, aliases, person } = input.facts;
      const entries = [{ ...primaryName, primary: true }, ...aliases.map((alias) => ({ ...alias, primary: false }))];
      return {
        ...caseFile,
        person: amendedRecord(caseFile.person, person, managedKeys.personIdentity, context),
        identities: amendedList(caseFile.identities, entries, managedKeys.identity, 'identity', context),
      };
    }
    case 'nationality':
      return {
        ...caseFile,
        person: amendedRecord(caseFile.person, input.facts.person, managedKeys.personNationality, context),
        nationalities: amendedList(
          caseFile.nationalities,
          input.facts.nationalities,
          managedKeys.nationality,
          'nationality',
          context,
          withVerification(context),
        ),
      };
    case 'documents':
      return { ...caseFile, documents: amendedList(caseFile.documents, input.facts.documents, managedKeys.document, 'document', context) };
    case 'residency':
      return {
        ...caseFile,
        residencyHistory: amendedList(caseFile.residencyHistory, input.facts.residencyHistory, managedKeys.residency, 'residency', context),
      };
    case 'custody': {
      if (!input.facts.inCustody) return { ...caseFile, custody: undefined };
      const { id: _id, ...entered } = input.facts.custody;
      const custody = caseFile.custody
        ? amendedRecord(caseFile.custody, entered, managedKeys.custody, context)
        : { ...entered, ...newRecordMeta(context, 'amendCaseFacts:custody') };
      return { ...caseFile, custody };
    }
    case 'family':
      return {
        ...caseFile,
        familyLinks: amendedList(caseFile.familyLinks, input.facts.familyLinks, managedKeys.family, 'family', context),
        vulnerabilities: amendedList(caseFile.vulnerabilities, input.facts.vulnerabilities, managedKeys.vulnerability, 'vulnerability', context),
      };
  }
}

/** The recorded object wherever the facts did not change, so that the audit diff names only what did. */
function unchangedOr<R>(amended: R, previous: R | undefined): R {
  return previous !== undefined && sameFacts(amended, previous) ? previous : amended;
}

function withUnchangedList<R extends { id: string }>(amended: readonly R[], previous: readonly R[]): R[] {
  return amended.map((record) =>
    unchangedOr(
      record,
      previous.find((candidate) => candidate.id === record.id),
    ),
  );
}

/** Only the parts of the case facts come from the amendment; every other field stays as recorded. */
function withUnchangedRecords(amended: CaseFile, previous: CaseFile): CaseFile {
  return {
    ...previous,
    person: unchangedOr(amended.person, previous.person),
    identities: withUnchangedList(amended.identities, previous.identities),
    nationalities: withUnchangedList(amended.nationalities, previous.nationalities),
    documents: withUnchangedList(amended.documents, previous.documents),
    residencyHistory: withUnchangedList(amended.residencyHistory, previous.residencyHistory),
    custody: amended.custody === undefined ? undefined : unchangedOr(amended.custody, previous.custody),
    familyLinks: withUnchangedList(amended.familyLinks, previous.familyLinks),
    vulnerabilities: withUnchangedList(amended.vulnerabilities, previous.vulnerabilities),
  };
}

/** The amended case file, checked against the case file schema (facts that hold only together, e.g. ids, are checked here). */
export function amendedCaseFile(context: Amendment): { ok: true; caseFile: CaseFile } | { ok: false; issues: string[] } {
  const parsed = CaseFileSchema.safeParse(amendedFacts(context));
  if (parsed.success) return { ok: true, caseFile: withUnchangedRecords(parsed.data, context.caseFile) };
  return { ok: false, issues: parsed.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`) };
}

function changedRecord<R extends { id: string }>(before: readonly R[], after: readonly R[], pick: (record: R) => unknown): boolean {
  return before.some((record) => {
    const now = after.find((candidate) => candidate.id === record.id);
    return now === undefined || !sameFacts(pick(record), pick(now));
  });
}

/**
 * A correction of legally significant facts, which must say why: a recorded name or the
 * person's birth data changed or removed (adding an alias or a language is not a
 * correction), or a nationality that is or becomes established changed or removed.
 */
export function correctionNeedsReason(section: CaseFactSection, before: CaseFile, after: CaseFile): boolean {
  if (section === 'identity') {
    const birth = (caseFile: CaseFile) => [
      caseFile.person.sex,
      caseFile.person.dateOfBirth,
      caseFile.person.dateOfBirthEstimated,
      caseFile.person.placeOfBirth,
      caseFile.person.countryOfBirth,
    ];
    return (
      !sameFacts(birth(before), birth(after)) ||
      changedRecord(before.identities, after.identities, (identity) => [
        identity.familyName,
        identity.givenNames,
        identity.source,
        identity.confidence,
        identity.primary,
      ])
    );
  }
  if (section === 'nationality') {
    const facts = (nationality: Nationality) => [nationality.country, nationality.status, nationality.evidence];
    const established = (caseFile: CaseFile) => caseFile.nationalities.filter((nationality) => isEstablished(nationality.status));
    return changedRecord(established(before), after.nationalities, facts) || changedRecord(established(after), before.nationalities, facts);
  }
  return false;
}

const reasonBasis = `${officeProcedure}; ${accuracyBasis}`;

/** Every check of the amended case: valid, changed, no document removed that is still cited, a reason where one is due. */
function amendmentConditions(context: Amendment): UnmetCondition[] {
  const amended = amendedCaseFile(context);
  if (!amended.ok) return [unmet('facts_valid', `The amended facts do not fit the case file: ${amended.issues.join('; ')}.`, officeProcedure)];
  const before = context.caseFile;
  const after = amended.caseFile;
  if (sameFacts({ ...before, updatedAt: '', updatedBy: '', version: 0 }, { ...after, updatedAt: '', updatedBy: '', version: 0 })) {
    return [unmet('facts_unchanged', 'Nothing was changed: change a fact before saving, or cancel.', officeProcedure)];
  }
  const failures: UnmetCondition[] = [];
  const kept = new Set(after.documents.map((document) => document.id));
  const cited = new Set([
    ...after.readmissionRequests.flatMap((request) => request.evidenceDocumentIds),
    ...after.identities.flatMap((identity) => (identity.documentId ? [identity.documentId] : [])),
    ...after.nationalities.flatMap((nationality) => nationality.evidence.flatMap((evidence) => (evidence.documentId ? [evidence.documentId] : []))),
  ]);
  const removedButCited = before.documents.filter((document) => !kept.has(document.id) && cited.has(document.id));
  if (removedButCited.length > 0) {
    failures.push(
      unmet(
        'document_in_use',
        `A document cited as evidence cannot be removed (${removedButCited.map((document) => [document.type, document.number].filter(Boolean).join(' ')).join(', ')}): correct it instead, or withdraw the evidence first.`,
        nationalityEvidenceBasis,
      ),
    );
  }
  if (context.input.reason === undefined && correctionNeedsReason(context.input.section, before, after)) {
    failures.push(
      unmet(
        'correction_reason',
        'This corrects recorded identity facts or an established nationality: say why (the source of the correction), so the history can show it.',
        reasonBasis,
      ),
    );
  }
  return failures;
}

const amendmentChecked: InputGuard<CaseFactsAmendment> = { id: 'amendment_checked', check: amendmentConditions };

export const amendCaseFacts = defineAction({
  id: 'amendCaseFacts',
  labelKey: 'workflow.action.amendCaseFacts',
  fromStages: 'any_open',
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: reasonBasis,
  inputSchema: CaseFactsAmendmentSchema,
  guards: [],
  inputGuards: [amendmentChecked],
  perform: (context) => {
    const amended = amendedCaseFile(context);
    // checkInput ran amendmentChecked, which refuses facts that do not fit the case file.
    if (!amended.ok) throw new Error(`amendCaseFacts: ${amended.issues.join('; ')}`);
    return {
      caseFile: amended.caseFile,
      legalBasis: sectionLegalBasis[context.input.section],
      ...(context.input.reason === undefined ? {} : { reason: context.input.reason }),
    };
  },
});
