import {
  BELGIUM,
  countryOf,
  partyInForce,
  partyStanding,
  transferInstruments,
  type CalendarDate,
  type IsoCountryCode,
  type TransferInstrumentData,
  type WithoutConsentGround,
} from '../../reference';

/**
 * The instruments that link Belgium with a state on a date (domain.md §5(c) TST-7, TST-EU):
 * one for a transfer with consent and one allowing transfer without consent, if any.
 */
export type TransferRoute =
  | { kind: 'eu'; instrument: TransferInstrumentData }
  | { kind: 'treaty'; withConsent: TransferInstrumentData | null; withoutConsent: TransferInstrumentData | null }
  /** `notFoundIn`: instruments whose party list is not complete and does not name the state (needs review, not "no route"). */
  | { kind: 'none'; notFoundIn: TransferInstrumentData[] };

function bothParties(instrument: TransferInstrumentData, state: IsoCountryCode, on: CalendarDate): boolean {
  return partyInForce(instrument, BELGIUM, on) !== undefined && partyInForce(instrument, state, on) !== undefined;
}

export function allowsWithoutConsent(instrument: TransferInstrumentData, ground: WithoutConsentGround): boolean {
  return instrument.withoutConsent.some((rule) => rule.ground === ground);
}

export function transferRouteFor(state: string, on: CalendarDate): TransferRoute {
  const country = countryOf(state);
  if (!country || country.code === BELGIUM) return { kind: 'none', notFoundIn: [] };
  const code = country.code;
  if (country.euMember) return { kind: 'eu', instrument: transferInstruments.fd_2008_909 };
  // Bilateral instruments first: they exist where the multilateral ones fall short (Albania, Kosovo).
  const bilaterals = Object.values(transferInstruments).filter((instrument) => instrument.kind === 'bilateral' && bothParties(instrument, code, on));
  const ets112 = bothParties(transferInstruments.ets_112, code, on) ? transferInstruments.ets_112 : null;
  const ets167 = bothParties(transferInstruments.ets_167, code, on) ? transferInstruments.ets_167 : null;
  // A stand-alone bilateral (BE–XK, BE–BR) covers transfers with consent and, being specific to the two states, comes first; one supplementing ETS 112 (BE–AL) leaves them to ETS 112.
  const standalone = bilaterals.find((instrument) => instrument.supplements === null) ?? null;
  const withConsent = standalone ?? ets112;
  const withoutConsent = bilaterals.find((instrument) => instrument.withoutConsent.length > 0) ?? ets167;
  if (!withConsent && !withoutConsent) {
    // Belgium must be a party too; a state missing from a list not checked whole may still be one.
    const notFoundIn = [transferInstruments.ets_112, transferInstruments.ets_167].filter(
      (instrument) => partyInForce(instrument, BELGIUM, on) !== undefined && partyStanding(instrument, code, on) === 'not_found_unverified_list',
    );
    return { kind: 'none', notFoundIn };
  }
  return { kind: 'treaty', withConsent, withoutConsent };
}
