import { isRealIsoDate } from './localDate';

/**
 * Birth dates before this year are asked about before they are kept: nobody alive was born
 * then, so such a date is nearly always a typo (1899 for 1989), not a fact to record silently.
 */
export const EARLIEST_UNQUESTIONED_BIRTH_YEAR = 1900;

/**
 * What is wrong with a date as typed, before it is kept:
 * - `impossible`: not a date that exists (29/02/2023, 31/04/2024, "abc");
 * - `futureBirth`: a date of birth after today at the office;
 * - `earlyBirth`: a date of birth before 1900, kept only once the user confirms it.
 */
export type TypedDateProblem = 'impossible' | 'futureBirth' | 'earlyBirth';

export interface TypedDateContext {
  /** The field records a date of birth (the model's `dateOfBirth` fields). */
  birthDate: boolean;
  /** Today at the office (YYYY-MM-DD). */
  today: string;
  /** An early birth date the user already confirmed (ISO). */
  confirmed?: string;
}

/** The problem of a field's value (as `dateFieldValue` makes it), or undefined when it may be kept. */
export function typedDateProblem(value: string | undefined, context: TypedDateContext): TypedDateProblem | undefined {
  if (value === undefined) return undefined;
  if (!isRealIsoDate(value)) return 'impossible';
  if (!context.birthDate) return undefined;
  if (value > context.today) return 'futureBirth';
  if (Number(value.slice(0, 4)) < EARLIEST_UNQUESTIONED_BIRTH_YEAR && value !== context.confirmed) return 'earlyBirth';
  return undefined;
}

/** The model names every date of birth `dateOfBirth` (the person's, a relative's): the field's name says which rules apply. */
export function isBirthDateField(name: string): boolean {
  return name === 'dateOfBirth' || name.endsWith('.dateOfBirth');
}
