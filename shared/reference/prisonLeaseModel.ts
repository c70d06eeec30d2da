/**
 * The Denmark–Kosovo prison-lease model (treaty of April 2022, ratified by Kosovo on
 * 23 May 2024), kept as a policy placeholder: Belgium has no legal basis for it yet.
 * Assessments under it are labelled "policy model, not law".
 */
export const prisonLeaseModel = {
  legalBasis: 'Denmark–Kosovo agreement on the use of Gjilan prison (2022) — policy model only; no Belgian legal basis',
  verified: false,
  /** Only third-country nationals: nationals of the host state and EU nationals are out. */
  excludesEuNationals: true,
  excludesHostStateNationals: true,
  hostState: 'XK',
  requiresFinalSentence: true,
  requiresExpulsionOrder: true,
  excludedOffenceCategories: ['terrorism', 'war_crimes'],
  excludesSeriousMentalDisorder: true,
  places: 300,
} as const;
