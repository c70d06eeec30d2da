import { z } from 'zod';
import { CalendarDateSchema, type CalendarDate } from './calendarDate';
import { LegalPeriodSchema } from './legalPeriod';

export const DublinRegimeIdSchema = z.enum(['dublin_iii', 'ammr_2024_1351']);
export type DublinRegimeId = z.infer<typeof DublinRegimeIdSchema>;

export const DublinRegimeDataSchema = z.object({
  id: DublinRegimeIdSchema,
  title: z.string().min(1),
  /** The regime governs applications lodged from this date (inclusive). */
  appliesToApplicationsFrom: CalendarDateSchema.nullable(),
  /** …and before this date (exclusive). */
  appliesToApplicationsBefore: CalendarDateSchema.nullable(),
  /** From acceptance, or from the final decision on an appeal or review with suspensive effect. */
  transferPeriod: LegalPeriodSchema,
  imprisonmentExtension: LegalPeriodSchema,
  abscondingExtension: LegalPeriodSchema,
});
export type DublinRegimeData = z.infer<typeof DublinRegimeDataSchema>;

/**
 * When Regulation (EU) 2024/1351 (AMMR) takes over from Dublin III. It entered into force on
 * 11 June 2024 but applies from 1 July 2026 (Art. 85); the Member State responsible for an
 * application registered before that date is determined under Regulation (EU) No 604/2013
 * (Art. 84(2)). Earlier reference data said 12 June 2026: the text wins.
 */
export const ammrApplicationStart = {
  date: '2026-07-01',
  legalBasis:
    'Regulation (EU) 2024/1351 Art. 85 (application from 1 July 2026) and Art. 84(1)–(2) (applications registered before that date: Regulation (EU) No 604/2013)',
  verified: true,
  note: 'Read in the text of Art. 84 and in the key dates of the regulation (EU Monitor, CELEX 32024R1351).',
} as const satisfies { date: CalendarDate; legalBasis: string; verified: boolean; note: string };
const ammrStart: CalendarDate = ammrApplicationStart.date;

export const dublinIii: DublinRegimeData = {
  id: 'dublin_iii',
  title: 'Regulation (EU) No 604/2013 (Dublin III)',
  appliesToApplicationsFrom: null,
  appliesToApplicationsBefore: ammrStart,
  transferPeriod: {
    amount: 6,
    unit: 'months',
    legalBasis: 'Regulation (EU) No 604/2013 Art. 29(1)',
    verified: true,
    note: 'From acceptance (or deemed acceptance) or from the final decision on an appeal or review with suspensive effect (Art. 27(3)).',
  },
  imprisonmentExtension: {
    amount: 12,
    unit: 'months',
    legalBasis: 'Regulation (EU) No 604/2013 Art. 29(2)',
    verified: true,
    note: 'Total period when the transfer could not be carried out due to imprisonment.',
  },
  abscondingExtension: {
    amount: 18,
    unit: 'months',
    legalBasis: 'Regulation (EU) No 604/2013 Art. 29(2)',
    verified: true,
    note: 'Total period when the person absconds.',
  },
};

export const ammr2024_1351: DublinRegimeData = {
  id: 'ammr_2024_1351',
  title: 'Regulation (EU) 2024/1351 on asylum and migration management (AMMR)',
  appliesToApplicationsFrom: ammrStart,
  appliesToApplicationsBefore: null,
  transferPeriod: {
    amount: 6,
    unit: 'months',
    legalBasis: 'Regulation (EU) 2024/1351 Art. 46(1)',
    verified: false,
    note: 'Value reported, to confirm against the text.',
  },
  imprisonmentExtension: {
    amount: 1,
    unit: 'years',
    legalBasis: 'Regulation (EU) 2024/1351 Art. 46(2)',
    verified: false,
    note: 'Reported as up to 1 year for imprisonment.',
  },
  abscondingExtension: {
    amount: 3,
    unit: 'years',
    legalBasis: 'Regulation (EU) 2024/1351 Art. 46(2)',
    verified: false,
    note: 'Reported as up to 3 years for absconding.',
  },
};

export const dublinRegimes: Readonly<Record<DublinRegimeId, DublinRegimeData>> = { dublin_iii: dublinIii, ammr_2024_1351: ammr2024_1351 };

/** The regime that governs a case, by the date the application for protection was lodged. */
export function dublinRegimeFor(applicationLodgedOn: CalendarDate): DublinRegimeData {
  return (
    Object.values(dublinRegimes).find(
      (regime) =>
        (regime.appliesToApplicationsFrom === null || applicationLodgedOn >= regime.appliesToApplicationsFrom) &&
        (regime.appliesToApplicationsBefore === null || applicationLodgedOn < regime.appliesToApplicationsBefore),
    ) ?? ammr2024_1351
  );
}
