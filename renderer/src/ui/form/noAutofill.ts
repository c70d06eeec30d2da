/**
 * What every input of the app says to the browser's form autofill: nothing to remember.
 * Chromium keeps what is typed into fields it may fill again in the profile's "Web Data"
 * database, in clear and beside the case store, discarded intake drafts included; names,
 * aliases, dates and places of birth, document numbers, addresses and free text must never
 * land there. The theme (app/theme.ts) gives it as the default of every Mantine input, so
 * the form kit's fields and any input a screen builds itself carry it without repeating it;
 * only the sign-in fields name what they are (`username`, `current-password`, `new-password`).
 */
export const noAutofill = { autoComplete: 'off' } as const;
