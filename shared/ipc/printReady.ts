/**
 * How a print route tells the main process it has finished rendering: it sets this
 * attribute to "true" on any element (usually its root) once its data is on screen.
 * `pdf:print` waits for it (a few seconds at most) before calling printToPDF, so a
 * route that loads its case from the database is not printed half-empty.
 */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';
