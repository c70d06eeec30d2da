import { z } from 'zod';

/**
 * Building blocks shared by every record of the case file. Legal dates are calendar
 * dates (`YYYY-MM-DD`, read in the office's time zone, Europe/Brussels) because the
 * law counts days, not instants; timestamps are ISO date-times with an offset.
 */

export const UuidSchema = z.uuid().meta({ id: 'Uuid', description: 'RFC 9562 UUID' });
export type Uuid = z.infer<typeof UuidSchema>;

/** A legal or calendar date: notification, judgment, start of detention. */
export const IsoDateSchema = z.iso.date().meta({ id: 'IsoDate', description: 'Calendar date YYYY-MM-DD (Europe/Brussels)' });
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** An instant: when a record was written, when a flight left. */
export const TimestampSchema = z.iso.datetime({ offset: true }).meta({ id: 'Timestamp', description: 'ISO 8601 date-time with Z or an offset' });
export type Timestamp = z.infer<typeof TimestampSchema>;

/**
 * ISO 3166-1 alpha-2 country code. `XK` (Kosovo) is the user-assigned code used by the
 * EU institutions, since Kosovo has no official ISO code.
 */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Use a two-letter ISO 3166-1 country code, e.g. AL, XK')
  .meta({ id: 'CountryCode', description: 'ISO 3166-1 alpha-2 (XK for Kosovo)' });
export type CountryCode = z.infer<typeof CountryCodeSchema>;

/** The id of a user of the app (or `system` for automatic transitions such as deemed acceptance). */
export const UserIdSchema = z.string().min(1).max(100).meta({ id: 'UserId' });
export type UserId = z.infer<typeof UserIdSchema>;

/**
 * Characters that change how text looks without being visible, used to spoof a name on
 * screen or in a printed letter: C0/C1 control characters, zero-width spaces and joiners
 * other than ZWJ/ZWNJ (which Arabic, Persian and Indic scripts need), word joiner, BOM,
 * soft hyphen, and the bidirectional marks, embeddings, overrides and isolates (a
 * right-to-left override shows "Ali\u202Eexe.txt" as "Alitxt.exe").
 */
const INVISIBLE_IN_NAMES = /[\p{Cc}\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/u;
/** Free text may keep line breaks and tabs (and the soft hyphen); everything else above stays refused. (\p{Cc}: every C0 and C1 control character.) */
const INVISIBLE_IN_TEXT = /(?![\t\n\r])[\p{Cc}\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/u;

/**
 * Message keys of the text checks (translated by the form's validation messages; zod's
 * issue path names the field). The English text is the fallback for a backup or import report.
 */
export const textMessageKeys = {
  invisibleCharacters: 'trust.validation.invisibleCharacters',
  dateOfBirthInFuture: 'trust.validation.dateOfBirthInFuture',
} as const;

/** True when the text holds a character that `INVISIBLE_IN_NAMES` refuses (exported for tests and the UI's live check). */
export function hasInvisibleCharacters(text: string, allowLineBreaks = false): boolean {
  return (allowLineBreaks ? INVISIBLE_IN_TEXT : INVISIBLE_IN_NAMES).test(text);
}

/**
 * A name (family name, given names, a relative's name, a place): NFC-normalised, so that
 * "Çela" typed with a combining cedilla is the same name as the precomposed one (search,
 * duplicates, sorting), and free of invisible or direction-changing characters.
 */
export function nameText(max: number, min = 1) {
  const normalised = z.string().normalize('NFC');
  // No `min(0)`: it would only add `minLength: 0` to the interchange format's JSON Schema.
  return (min > 0 ? normalised.min(min) : normalised).max(max).refine((text) => !hasInvisibleCharacters(text), {
    message: 'Contains an invisible, control or text-direction character; retype it without pasting.',
    params: { messageKey: textMessageKeys.invisibleCharacters },
  });
}

/** Free text: like a name, but line breaks and tabs are kept. */
export function freeText(max: number, min = 1) {
  const normalised = z.string().normalize('NFC');
  // As for names: no `min(0)`, which would only add `minLength: 0` to the JSON Schema.
  return (min > 0 ? normalised.min(min) : normalised).max(max).refine((text) => !hasInvisibleCharacters(text, true), {
    message: 'Contains an invisible, control or text-direction character; retype it without pasting.',
    params: { messageKey: textMessageKeys.invisibleCharacters },
  });
}

/** Free text a caseworker writes: bounded so an import cannot carry megabytes in one field. */
export const NoteSchema = freeText(4000).meta({ id: 'Note' });

/**
 * The latest calendar date anywhere on Earth right now (UTC+14): a date of birth after it
 * is in the future wherever the app runs, and one on it is never refused by a time zone.
 */
function latestDateToday(): string {
  return new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** A date of birth: a calendar date that is not in the future. */
export const DateOfBirthSchema = IsoDateSchema.refine((date) => date <= latestDateToday(), {
  message: 'A date of birth cannot be in the future.',
  params: { messageKey: textMessageKeys.dateOfBirthInFuture },
});

/**
 * Fields every stored record carries: nothing is hard-deleted and every change bumps the
 * version, so the store can detect concurrent edits and the audit trail can name the author.
 */
export const recordMetaShape = {
  id: UuidSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  updatedBy: UserIdSchema,
  version: z.int().min(1),
};

export const RecordMetaSchema = z.object(recordMetaShape).meta({ id: 'RecordMeta' });
export type RecordMeta = z.infer<typeof RecordMetaSchema>;
