/**
 * Case references: RC-<year opened>-<six-digit sequence>, numbered per year. The store has
 * no sequence yet, so the next one follows the highest reference of the year; a clash with
 * a case saved meanwhile in another window is refused by the store and retried.
 */
export function nextCaseReference(year: number, highestOfYear: string | undefined): string {
  const match = highestOfYear ? /^RC-(\d{4})-(\d{6})$/.exec(highestOfYear.toUpperCase()) : null;
  const last = match && Number(match[1]) === year ? Number(match[2]) : 0;
  return `RC-${year}-${String(last + 1).padStart(6, '0')}`;
}

export function caseReferencePrefix(year: number): string {
  return `RC-${year}-`;
}
