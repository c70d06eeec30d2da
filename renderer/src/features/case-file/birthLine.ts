import type { Person } from '../../../../shared/model';

/** The line of the identity facts about birth: what is missing reads as not recorded, never as a place called "unknown". */
export function birthLine(person: Pick<Person, 'dateOfBirth' | 'placeOfBirth'>): { key: string; place?: string; date?: string } {
  const place = person.placeOfBirth?.trim() || undefined;
  const date = person.dateOfBirth;
  if (date && place) return { key: 'caseFile.sections.birth', date, place };
  if (date) return { key: 'caseFile.sections.birthDateOnly', date };
  if (place) return { key: 'caseFile.sections.birthPlaceOnly', place };
  return { key: 'caseFile.sections.birthNone' };
}
