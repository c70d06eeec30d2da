import type { z } from 'zod';
import { NoteSchema, type Actor, type AuditEvent, type CaseFile } from '../../../../../shared/model';
import { availableActions } from '../../../../../shared/workflow';
import { caseFactsOf, type CaseFactSection } from '../../../../../shared/workflow/actions/caseFactSections';
import { amendCaseFacts } from '../../../../../shared/workflow/actions/caseFactsAmendment';
import { IntakeFormSchema } from '../../../ui/caseFacts/intakeSchema';

/**
 * A section editor's form: the intake's form with only the edited part present (the other
 * parts are absent, so they are neither shown nor checked), plus the reason the audit
 * trail keeps.
 */
export const SectionFormSchema = IntakeFormSchema.partial().extend({ amendmentReason: NoteSchema.optional() });
export type SectionFormInput = z.input<typeof SectionFormSchema>;
export type SectionFormValues = z.output<typeof SectionFormSchema>;

/** The recorded facts of one part, as the form starts from (each entry with its record's id). */
export function sectionFormValues(caseFile: CaseFile, section: CaseFactSection): SectionFormInput {
  const facts = caseFactsOf(caseFile);
  switch (section) {
    case 'identity':
      return { identity: facts.identity };
    case 'nationality':
      return { nationality: facts.nationality };
    case 'documents':
      return { documents: facts.documents };
    case 'residency':
      return { residency: facts.residency };
    case 'custody':
      return { custody: facts.custody };
    case 'family':
      return { family: facts.family };
  }
}

/** The input of the amendment action for a submitted form, or undefined when the part is missing. */
export function amendmentInput(section: CaseFactSection, values: SectionFormValues): Record<string, unknown> | undefined {
  const facts = values[section];
  if (facts === undefined) return undefined;
  return { section, facts, ...(values.amendmentReason === undefined ? {} : { reason: values.amendmentReason }) };
}

/** Whether this person may amend the facts of this case now (open case, a role that handles cases). */
export function factsEditable(caseFile: CaseFile, actor: Actor | undefined, now: Date): boolean {
  if (!actor) return false;
  return availableActions(caseFile, actor, now).some((action) => action.id === amendCaseFacts.id && action.enabled);
}

const sectionOfPath: Readonly<Record<string, CaseFactSection>> = {
  identities: 'identity',
  nationalities: 'nationality',
  documents: 'documents',
  residencyHistory: 'residency',
  custody: 'custody',
  familyLinks: 'family',
  vulnerabilities: 'family',
};

const nationalityPersonFields = ['stateless', 'permanentResidenceCountry'] as const;

function fieldOf(record: unknown, field: string): unknown {
  return typeof record === 'object' && record !== null ? Reflect.get(record, field) : undefined;
}

/** Which part an amendment event changed, read from its changed paths (the person record is shared by two parts). */
export function amendedSectionOf(event: AuditEvent): CaseFactSection | undefined {
  for (const change of event.changes) {
    const collection = change.path.split('.')[0] ?? '';
    const section = sectionOfPath[collection];
    if (section) return section;
    if (collection === 'person') {
      const nationalityChanged = nationalityPersonFields.some(
        (field) => JSON.stringify(fieldOf(change.before, field)) !== JSON.stringify(fieldOf(change.after, field)),
      );
      return nationalityChanged ? 'nationality' : 'identity';
    }
  }
  return undefined;
}
