import { z } from 'zod';

/**
 * ISO 3166-1 alpha-2 countries with the flags the rules need. Names are not stored: the
 * UI takes them from `Intl.DisplayNames` in the user's language.
 *
 * `XK` (Kosovo) is a user-assigned code, not an official ISO 3166-1 code; the EU
 * institutions and the Belgian authorities use it.
 */
const iso3166Alpha2 = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ',
  'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ',
  'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ',
  'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET',
  'FI', 'FJ', 'FK', 'FM', 'FO', 'FR',
  'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY',
  'HK', 'HM', 'HN', 'HR', 'HT', 'HU',
  'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT',
  'JE', 'JM', 'JO', 'JP',
  'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ',
  'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY',
  'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ',
  'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ',
  'OM',
  'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY',
  'QA',
  'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ',
  'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ',
  'UA', 'UG', 'UM', 'US', 'UY', 'UZ',
  'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU',
  'WF', 'WS',
  'YE', 'YT',
  'ZA', 'ZM', 'ZW',
  'XK',
] as const;

export type IsoCountryCode = (typeof iso3166Alpha2)[number];
export const IsoCountryCodeSchema = z.enum(iso3166Alpha2);

/** The 27 EU Member States (Greece is GR in ISO 3166, EL in EU usage). Source: TEU/accession treaties. */
const euMemberStates: readonly IsoCountryCode[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
];

/** Schengen-associated states outside the EU: their nationals move freely, no visa. */
const schengenAssociated: readonly IsoCountryCode[] = ['IS', 'LI', 'NO', 'CH'];

/** Western Balkans as used by Fedasil/IOM for the reintegration tier (domain.md §4). */
const westernBalkans: readonly IsoCountryCode[] = ['AL', 'BA', 'ME', 'MK', 'RS', 'XK'];

/**
 * Third countries whose nationals are exempt from the short-stay visa: Regulation (EU)
 * 2018/1806 Annex II as amended (Kosovo since 1 Jan 2024 by Regulation (EU) 2023/850).
 * The list changes by suspension and amendment (Vanuatu's exemption was suspended, so it
 * is left out): a jurist keeps it current.
 */
const visaExemptThirdCountries: readonly IsoCountryCode[] = [
  'AD', 'AE', 'AG', 'AL', 'AR', 'AU', 'BA', 'BB', 'BN', 'BR', 'BS', 'CA', 'CL', 'CO', 'CR', 'DM',
  'FM', 'GB', 'GD', 'GE', 'GT', 'HK', 'HN', 'IL', 'JP', 'KI', 'KN', 'KR', 'LC', 'MC', 'MD', 'ME',
  'MH', 'MK', 'MO', 'MU', 'MX', 'MY', 'NI', 'NR', 'NZ', 'PA', 'PE', 'PW', 'PY', 'RS', 'SB', 'SC',
  'SG', 'SM', 'SV', 'TL', 'TO', 'TT', 'TV', 'TW', 'UA', 'US', 'UY', 'VA', 'VC', 'VE', 'WS', 'XK',
];

export const CountrySchema = z.object({
  code: IsoCountryCodeSchema,
  euMember: z.boolean(),
  schengenAssociated: z.boolean(),
  westernBalkans: z.boolean(),
  /** Nationals may enter the Schengen area without a short-stay visa (EU, associated or Annex II). */
  visaFree: z.boolean(),
});
export type Country = z.infer<typeof CountrySchema>;

export const countryFlagsLegalBasis = {
  euMember: { legalBasis: 'Treaty on European Union Art. 52; accession treaties', verified: true },
  visaFree: { legalBasis: 'Regulation (EU) 2018/1806 Annex II, as amended', verified: false },
  westernBalkans: { legalBasis: 'Fedasil / IOM reintegration policy', verified: false },
} as const;

export const countries: Readonly<Record<IsoCountryCode, Country>> = Object.fromEntries(
  iso3166Alpha2.map((code) => {
    const euMember = euMemberStates.includes(code);
    const associated = schengenAssociated.includes(code);
    const country: Country = {
      code,
      euMember,
      schengenAssociated: associated,
      westernBalkans: westernBalkans.includes(code),
      visaFree: euMember || associated || visaExemptThirdCountries.includes(code),
    };
    return [code, country];
  }),
) as Record<IsoCountryCode, Country>;

export function isCountryCode(value: string): value is IsoCountryCode {
  return (iso3166Alpha2 as readonly string[]).includes(value);
}

/** The country's flags, or undefined for a code not in the list (never guessed). */
export function countryOf(code: string): Country | undefined {
  return isCountryCode(code) ? countries[code] : undefined;
}

export function isEuMemberState(code: string): boolean {
  return countryOf(code)?.euMember ?? false;
}

/** The office's own state: the sentencing and requesting state in every rule. */
export const BELGIUM: IsoCountryCode = 'BE';
