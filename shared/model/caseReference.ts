import type { Workspace } from './permissions';

/**
 * Each workspace numbers its cases in a series of its own, per calendar year: real cases
 * RC-2026-000123, demo cases of the training workspace TRN-2026-000123. A demo case can
 * therefore never carry, or be taken for, a real case number, even in a file that leaves
 * the app. The store allocates the next number of the series inside the write that opens
 * the case (caseRepository.openCase).
 */
export const caseReferenceSeries: Readonly<Record<Workspace, string>> = {
  production: 'RC',
  training: 'TRN',
};

/** The start every reference of the workspace's series shares for the year: `RC-2026-`. */
export function caseReferencePrefix(workspace: Workspace, year: number): string {
  return `${caseReferenceSeries[workspace]}-${year}-`;
}

/** The number after the highest reference of the year in the series (the first of the year when there is none). */
export function nextCaseReference(workspace: Workspace, year: number, highestOfYear: string | undefined): string {
  const prefix = caseReferencePrefix(workspace, year);
  const sequence = highestOfYear?.toUpperCase().startsWith(prefix) ? /^(\d{6})$/.exec(highestOfYear.slice(prefix.length))?.[1] : undefined;
  const last = sequence === undefined ? 0 : Number(sequence);
  return `${prefix}${String(last + 1).padStart(6, '0')}`;
}

/** The workspace whose series the reference belongs to. */
export function workspaceOfReference(reference: string): Workspace | undefined {
  const series = reference.toUpperCase().split('-')[0];
  if (series === caseReferenceSeries.training) return 'training';
  if (series === caseReferenceSeries.production) return 'production';
  return undefined;
}
