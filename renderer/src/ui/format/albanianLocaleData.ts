/**
 * The Albanian (sq) patterns and words of CLDR 48, bundled because Chromium, and so
 * Electron, ships without Albanian locale data: its Intl silently answers in English
 * ("Dec 16, 2026", "a, b, or c"). date-fns's `sq` locale is no substitute: it capitalises
 * the months ("Dhjetor") and abbreviates them otherwise than CLDR ("Kor" for "korr").
 * tests/unit/ui/format.test.ts checks every entry against a full-ICU engine (Node).
 */
export const albanianMonths = {
  /** Format-context month names (CLDR `months/format/wide`): "16 dhjetor 2026". */
  wide: ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'],
  /** CLDR `months/format/abbreviated`, used by the medium date pattern `d MMM y`: "16 dhj 2026". */
  abbreviated: ['jan', 'shk', 'mar', 'pri', 'maj', 'qer', 'korr', 'gush', 'sht', 'tet', 'nën', 'dhj'],
} as const;

/** CLDR sq short time `h:mm a` with the abbreviated day periods. */
export const albanianDayPeriods = { am: 'p.d.', pm: 'm.d.' } as const;

/** CLDR sq list patterns: "a, b dhe c" and "a, b ose c" (no comma before the last word). */
export const albanianListWords = { and: 'dhe', or: 'ose' } as const;

/** CLDR sq number symbols: "1 234 567,5" (grouping by a no-break space). */
export const albanianNumberSymbols = { group: '\u00a0', decimal: ',' } as const;
