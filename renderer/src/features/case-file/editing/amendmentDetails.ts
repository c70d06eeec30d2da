import type { AuditEvent } from '../../../../../shared/model';

/**
 * What an amendment changed, field by field, for the history: "Residence status: Irregular
 * stay → Asylum application rejected". Read from the audit event's record before/after;
 * the component words each value (enum labels, dates in the user's locale, country names).
 */
export type FactValue =
  | { kind: 'text'; text: string }
  | { kind: 'enum'; key: string }
  | { kind: 'date'; date: string }
  | { kind: 'country'; code: string }
  | { kind: 'yesNo'; value: boolean }
  | { kind: 'none' };

export type AmendedDetail =
  { kind: 'changed'; labelKey: string; before: FactValue; after: FactValue } | { kind: 'added' | 'removed'; recordKey: string; summary: FactValue[] };

type FieldKind = 'text' | 'date' | 'country' | 'yesNo' | { enumName: string };

interface RecordLabels {
  /** i18n key naming a record of this list ("Other name", "Residence status"). */
  recordKey: string;
  fields: Readonly<Record<string, { label: string; kind: FieldKind }>>;
  /** The fields that name a record when it is added or removed. */
  summary: readonly string[];
}

const f = (label: string, kind: FieldKind = 'text') => ({ label: `intake.fields.${label}`, kind });
const e = (label: string, enumName: string) => f(label, { enumName });

const records: Readonly<Record<string, RecordLabels>> = {
  identities: {
    recordKey: 'caseFile.edit.records.identity',
    fields: {
      familyName: f('familyName'),
      givenNames: f('givenNames'),
      source: e('nameSource', 'identitySource'),
      confidence: e('confidence', 'identityConfidence'),
    },
    summary: ['familyName', 'givenNames'],
  },
  person: {
    recordKey: 'caseFile.edit.records.person',
    fields: {
      sex: e('sex', 'sex'),
      dateOfBirth: f('dateOfBirth', 'date'),
      dateOfBirthEstimated: f('dateOfBirthEstimated', 'yesNo'),
      placeOfBirth: f('placeOfBirth'),
      countryOfBirth: f('countryOfBirth', 'country'),
      stateless: f('stateless', 'yesNo'),
      permanentResidenceCountry: f('permanentResidenceCountry', 'country'),
    },
    summary: [],
  },
  nationalities: {
    recordKey: 'caseFile.edit.records.nationality',
    fields: { country: f('nationalityCountry', 'country'), status: e('nationalityStatus', 'nationalityStatus') },
    summary: ['country', 'status'],
  },
  documents: {
    recordKey: 'caseFile.edit.records.document',
    fields: {
      type: e('documentType', 'documentType'),
      number: f('documentNumber'),
      issuingCountry: f('issuingCountry', 'country'),
      issuer: f('issuer'),
      issuedOn: f('issuedOn', 'date'),
      validUntil: f('validUntil', 'date'),
      form: e('documentForm', 'documentForm'),
      evidenceClass: e('evidenceClass', 'evidenceClass'),
      authenticity: e('authenticity', 'authenticity'),
    },
    summary: ['type', 'number'],
  },
  residencyHistory: {
    recordKey: 'caseFile.edit.records.residency',
    fields: {
      status: e('residencyStatus', 'residencyStatus'),
      from: f('from', 'date'),
      to: f('to', 'date'),
      decisionReference: f('decisionReference'),
      memberState: f('memberState', 'country'),
      irregularStayKnownOn: f('irregularStayKnownOn', 'date'),
    },
    summary: ['status', 'from'],
  },
  custody: {
    recordKey: 'caseFile.edit.records.custody',
    fields: {
      prison: f('prison'),
      court: f('court'),
      judgmentDate: f('judgmentDate', 'date'),
      judgmentFinal: f('judgmentFinal', 'yesNo'),
      sentenceStart: f('sentenceStart', 'date'),
      expectedEnd: f('expectedEnd', 'date'),
      conditionalReleaseDate: f('conditionalReleaseDate', 'date'),
      habituallyResidentInBelgiumAtArrest: f('habituallyResident', 'yesNo'),
      fledToStateOfNationality: f('fled', 'yesNo'),
      dualCriminality: f('dualCriminality', 'yesNo'),
    },
    summary: ['prison'],
  },
  familyLinks: {
    recordKey: 'caseFile.edit.records.family',
    fields: {
      relation: e('relation', 'familyRelation'),
      name: f('memberName'),
      dateOfBirth: f('dateOfBirth', 'date'),
      minor: f('minor', 'yesNo'),
      accompanying: f('accompanying', 'yesNo'),
    },
    summary: ['name', 'relation'],
  },
  vulnerabilities: {
    recordKey: 'caseFile.edit.records.vulnerability',
    fields: { category: e('vulnerabilityCategory', 'vulnerability'), assessedOn: f('assessedOn', 'date') },
    summary: ['category'],
  },
};

function valueOf(value: unknown, kind: FieldKind): FactValue {
  if (value === undefined || value === null || value === '') return { kind: 'none' };
  if (typeof kind === 'object') return { kind: 'enum', key: `intake.enums.${kind.enumName}.${String(value)}` };
  if (kind === 'yesNo') return typeof value === 'boolean' ? { kind: 'yesNo', value } : { kind: 'none' };
  if (kind === 'date') return { kind: 'date', date: String(value) };
  if (kind === 'country') return { kind: 'country', code: String(value) };
  return { kind: 'text', text: String(value) };
}

function fieldsOf(record: unknown): Record<string, unknown> {
  return typeof record === 'object' && record !== null ? Object.fromEntries(Object.entries(record)) : {};
}

/** Each changed, added or removed fact of an amendment that the history can word; bookkeeping fields are left out. */
export function amendmentDetails(event: AuditEvent): AmendedDetail[] {
  return event.changes.flatMap((change): AmendedDetail[] => {
    const labels = records[change.path.split('.')[0] ?? ''];
    if (!labels) return [];
    const before = fieldsOf(change.before);
    const after = fieldsOf(change.after);
    const summary = (record: Record<string, unknown>) => labels.summary.map((field) => valueOf(record[field], labels.fields[field]?.kind ?? 'text'));
    if (change.before === null || change.before === undefined) return [{ kind: 'added', recordKey: labels.recordKey, summary: summary(after) }];
    if (change.after === null || change.after === undefined) return [{ kind: 'removed', recordKey: labels.recordKey, summary: summary(before) }];
    return Object.entries(labels.fields).flatMap(([field, { label, kind }]): AmendedDetail[] =>
      JSON.stringify(before[field]) === JSON.stringify(after[field])
        ? []
        : [{ kind: 'changed', labelKey: label, before: valueOf(before[field], kind), after: valueOf(after[field], kind) }],
    );
  });
}

/** A field (or a whole record) both users changed, worded for the side-by-side choice after a conflict. */
export interface ConflictDetail {
  /** i18n key of the field's label, or of the record's kind when a record was removed on one side. */
  labelKey: string;
  mine: FactValue[];
  theirs: FactValue[];
}

/** Which labels a section form's list or record uses (the form's names for the case file's lists). */
const recordsOfFormPath: Readonly<Record<string, string>> = { aliases: 'identities', primaryName: 'identities' };

/**
 * Words a merge conflict of a section form: path `<section>.<list or record>[.#<id>][.<field>]`.
 * A record removed on one side is shown by its summary (and "not recorded" on the side that removed it).
 */
export function conflictDetail(path: readonly string[], mine: unknown, theirs: unknown): ConflictDetail {
  const [, container = '', ...rest] = path;
  const labels = records[recordsOfFormPath[container] ?? container];
  const field = rest.filter((segment) => !segment.startsWith('#')).at(-1);
  if (!labels) return { labelKey: `intake.fields.${field ?? container}`, mine: [valueOf(mine, 'text')], theirs: [valueOf(theirs, 'text')] };
  if (field === undefined) {
    const summary = (record: unknown): FactValue[] => {
      if (record === undefined || record === null) return [{ kind: 'none' }];
      const fields = fieldsOf(record);
      return labels.summary.map((name) => valueOf(fields[name], labels.fields[name]?.kind ?? 'text'));
    };
    return { labelKey: labels.recordKey, mine: summary(mine), theirs: summary(theirs) };
  }
  const known = labels.fields[field];
  const kind = known?.kind ?? 'text';
  return { labelKey: known?.label ?? `intake.fields.${field}`, mine: [valueOf(mine, kind)], theirs: [valueOf(theirs, kind)] };
}
