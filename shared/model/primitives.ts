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
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter ISO 3166-1 country code, e.g. AL, XK').meta({ id: 'CountryCode', description: 'ISO 3166-1 alpha-2 (XK for Kosovo)' });
export type CountryCode = z.infer<typeof CountryCodeSchema>;

/** The id of a user of the app (or `system` for automatic transitions such as deemed acceptance). */
export const UserIdSchema = z.string().min(1).max(100).meta({ id: 'UserId' });
export type UserId = z.infer<typeof UserIdSchema>;

/** Free text a caseworker writes: bounded so an import cannot carry megabytes in one field. */
export const NoteSchema = z.string().min(1).max(4000).meta({ id: 'Note' });

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
