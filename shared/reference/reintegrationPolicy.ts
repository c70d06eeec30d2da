import { z } from 'zod';

/**
 * Reintegration tier of assisted voluntary return (Fedasil/IOM, domain.md §4 [S59–S62]).
 * Policy, not law, and unverified in detail: a jurist or Fedasil contact keeps it current.
 */
export const ReintegrationTierSchema = z.enum([
  /** Visa-free Western Balkan nationals: IOM administrative assistance only, no regular reintegration. */
  'administrative_assistance_only',
  /** Other visa-free countries: reintegration, lower departure grant [unverified]. */
  'reintegration_visa_free',
  /** Visa-required countries: reintegration with the higher departure grant. */
  'reintegration_visa_required',
]);
export type ReintegrationTier = z.infer<typeof ReintegrationTierSchema>;

export const reintegrationTierLegalBasis = {
  administrative_assistance_only: { legalBasis: 'IOM Belgium "administrative assistance" for visa-free Western Balkan nationals', verified: false },
  reintegration_visa_free: { legalBasis: 'Fedasil reintegration programme', verified: false },
  reintegration_visa_required: { legalBasis: 'Fedasil reintegration programme; higher grant for visa countries', verified: false },
} as const satisfies Record<ReintegrationTier, { legalBasis: string; verified: boolean }>;
