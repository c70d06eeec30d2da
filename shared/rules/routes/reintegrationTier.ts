import { countryOf, reintegrationTierLegalBasis, type ReintegrationTier } from '../../reference';

/**
 * The reintegration tier for a return to `country`: visa-free Western Balkan nationals
 * get IOM administrative assistance only; other visa-free countries and visa countries get
 * reintegration (the departure grant is higher for visa countries). Unknown country: undefined.
 */
export function reintegrationTierFor(country: string): { tier: ReintegrationTier; legalBasis: string; verified: boolean } | undefined {
  const flags = countryOf(country);
  if (!flags) return undefined;
  const tier: ReintegrationTier = flags.visaFree
    ? flags.westernBalkans
      ? 'administrative_assistance_only'
      : 'reintegration_visa_free'
    : 'reintegration_visa_required';
  return { tier, ...reintegrationTierLegalBasis[tier] };
}

/** The tier as recorded on a return operation in shared/model (`Reintegration.tier`). */
export function modelReintegrationTier(tier: ReintegrationTier): 'full' | 'administrative_assistance' {
  return tier === 'administrative_assistance_only' ? 'administrative_assistance' : 'full';
}
