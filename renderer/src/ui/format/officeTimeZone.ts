/**
 * The office's time zone: instants are shown and "today" is counted in it, wherever the
 * computer's clock is set (legal periods count the office's calendar days). The same zone
 * as `brusselsDate` in shared/rules/deadlines; the settings have no time-zone entry.
 */
export const officeTimeZone = 'Europe/Brussels';
