import type { CaseFile, Custody, Nationality, SentenceTransfer, TransferInstrument as ModelTransferInstrument } from '../../model';
import { BELGIUM, transferInstruments, type CalendarDate, type TransferInstrumentData } from '../../reference';
import type { AppliedBasis, Assessment } from '../assessment';
import { startOfPeriodEndingOn } from '../deadlines/calendarArithmetic';
import { foreignNationalities } from '../nationalityFacts';
import { ruleCheck, verdictOf, type RuleCheck, type Verdict } from '../ruleCheck';
import { allowsWithoutConsent, transferRouteFor } from './transferRoute';

/** The outcome of `assessTransferEligibility` for one state of nationality. */
export interface TransferEligibility extends Assessment<'sentence_transfer'> {
  /** The state that would take over the sentence (null: none identified). */
  administeringState: string | null;
  /** Whether the route relies on a without-consent basis (null: not determined). */
  withoutConsent: boolean | null;
  /** The id to record on a SentenceTransfer (shared/model), when a basis applies. */
  modelInstrument: ModelTransferInstrument | null;
  /** The same assessment for the person's other nationalities (dual nationals). */
  alternatives: TransferEligibility[];
}

const ets112 = transferInstruments.ets_112;

function basisOf(instrument: TransferInstrumentData): AppliedBasis {
  return { id: instrument.id, title: instrument.title, legalBasis: instrument.legalBasis, verified: instrument.inForceVerified };
}

function modelInstrumentOf(instrument: TransferInstrumentData, viaFlight: boolean): ModelTransferInstrument | null {
  switch (instrument.id) {
    case 'ets_112':
      return 'ETS_112';
    case 'ets_167':
      return viaFlight ? 'ETS_167_ART_2' : 'ETS_167_ART_3';
    case 'be_al_2010':
      return 'BE_AL_2010';
    case 'be_xk_2010':
      return 'BE_XK_2010';
    case 'fd_2008_909':
      return 'FD_2008_909';
    case 'cets_222':
      return null;
  }
}

/** The sentence-transfer record for this state, if a request exists (latest first). */
function transferRecordFor(caseFile: Pick<CaseFile, 'sentenceTransfers'>, state: string): SentenceTransfer | undefined {
  return caseFile.sentenceTransfers
    .filter((transfer) => transfer.administeringState === state && transfer.status !== 'withdrawn')
    .sort((a, b) => (a.requestReceivedOn ?? a.createdAt).localeCompare(b.requestReceivedOn ?? b.createdAt))
    .at(-1);
}

/** TST-1: nationality of the administering state (ETS 112 Art. 3(1)(a); Albania's declaration). */
function nationalityCheck(nationality: Nationality | null, state: string, statelessResident: boolean): RuleCheck {
  const legalBasis = 'ETS 112 Art. 3(1)(a)';
  if (statelessResident) {
    return ruleCheck({
      id: 'TST-1', kind: 'condition', status: 'met', variant: 'stateless_resident',
      text: `Stateless person permanently resident in ${state}: counts as a national under ${state}'s declaration on ETS 112.`,
      legalBasis: `${legalBasis}; declaration of ${state}`, verified: true,
      facts: { stateless: true, permanentResidenceCountry: state }, params: { state },
    });
  }
  const status = nationality?.status ?? null;
  const facts = { nationality: state, nationalityStatus: status };
  if (status === 'proven') {
    return ruleCheck({ id: 'TST-1', kind: 'condition', status: 'met', text: `Nationality of ${state} is proven.`, legalBasis, verified: true, facts, params: { state } });
  }
  return ruleCheck({
    id: 'TST-1', kind: 'condition', status: 'unknown',
    text: `Nationality of ${state} is ${status === 'prima_facie' ? 'presumed (prima facie)' : 'only claimed'}, not proven.`,
    legalBasis, verified: true, facts, params: { state, status },
    toChange: `Eligible once the nationality of ${state} is proven.`,
  });
}

/** TST-2: the judgment is final (ETS 112 Art. 3(1)(b); FD 2008/909 Art. 1(a)). */
function finalityCheck(custody: Custody, legalBasis: string): RuleCheck {
  const facts = { judgmentFinal: custody.judgmentFinal ?? null, judgmentDate: custody.judgmentDate ?? null };
  if (custody.judgmentFinal === true) return ruleCheck({ id: 'TST-2', kind: 'condition', status: 'met', text: 'The judgment is final.', legalBasis, verified: true, facts });
  if (custody.judgmentFinal === false) {
    return ruleCheck({ id: 'TST-2', kind: 'condition', status: 'not_met', text: 'The judgment is not final yet.', legalBasis, verified: true, facts, toChange: 'Eligible once the judgment is final.' });
  }
  return ruleCheck({ id: 'TST-2', kind: 'condition', status: 'unknown', text: 'Whether the judgment is final is not recorded.', legalBasis, verified: true, facts, toChange: 'Record whether the judgment is final (appeal periods expired or appeal decided).' });
}

/** TST-3: at least the minimum remainder when the request is received, or an indeterminate sentence (ETS 112 Art. 3(1)(c), 3(2)). */
function remainderCheck(custody: Custody, instrument: TransferInstrumentData, transfer: SentenceTransfer | undefined, asOf: CalendarDate, kind: 'condition' | 'warning'): RuleCheck {
  const minimum = instrument.minimumRemainingSentence ?? ets112.minimumRemainingSentence;
  const legalBasis = minimum?.legalBasis ?? 'ETS 112 Art. 3(1)(c)';
  const verified = minimum?.verified ?? true;
  const referenceDate = transfer?.requestReceivedOn ?? asOf;
  const facts = {
    sentence: custody.sentence?.kind ?? null,
    expectedEnd: custody.expectedEnd ?? null,
    requestReceivedOn: transfer?.requestReceivedOn ?? null,
    referenceDate,
    exceptionalCaseRecorded: custody.exceptionalShortRemainder !== undefined,
  };
  const params = { minimumAmount: minimum?.amount ?? null, minimumUnit: minimum?.unit ?? null };
  if (custody.sentence?.kind === 'indeterminate') {
    return ruleCheck({ id: 'TST-3', kind, status: 'met', variant: 'indeterminate', text: 'The sentence is indeterminate.', legalBasis, verified, facts, params });
  }
  if (!minimum) return ruleCheck({ id: 'TST-3', kind, status: 'met', variant: 'no_minimum', text: 'The instrument sets no minimum remaining sentence.', legalBasis: instrument.legalBasis, verified: instrument.inForceVerified, facts, params });
  if (!custody.expectedEnd) {
    return ruleCheck({ id: 'TST-3', kind, status: 'unknown', text: 'The expected end of the sentence is not recorded.', legalBasis, verified, facts, params, toChange: 'Record the expected end of the sentence.' });
  }
  const lastArrival = startOfPeriodEndingOn(custody.expectedEnd, minimum);
  const withLastArrival = { ...params, lastArrival };
  const received = transfer?.requestReceivedOn !== undefined;
  if (referenceDate <= lastArrival) {
    return ruleCheck({
      id: 'TST-3', kind, status: 'met', variant: received ? 'at_receipt' : 'projected',
      text: received
        ? `At least ${minimum.amount} ${minimum.unit.replace('_', ' ')} of the sentence remained when the request was received.`
        : `At least ${minimum.amount} ${minimum.unit.replace('_', ' ')} remain if the request is received by ${lastArrival}.`,
      legalBasis, verified, facts: { ...facts, lastArrival }, params: withLastArrival,
    });
  }
  if (custody.exceptionalShortRemainder && instrument.exceptionalShorterRemainder?.value) {
    return ruleCheck({
      id: 'TST-3', kind, status: 'met', variant: 'exceptional',
      text: `Less than ${minimum.amount} ${minimum.unit.replace('_', ' ')} remain, accepted as an exceptional case: ${custody.exceptionalShortRemainder.reason}`,
      legalBasis: instrument.exceptionalShorterRemainder.legalBasis, verified: instrument.exceptionalShorterRemainder.verified,
      facts: { ...facts, lastArrival }, params: withLastArrival,
    });
  }
  return ruleCheck({
    id: 'TST-3', kind, status: 'not_met',
    text: `Less than ${minimum.amount} ${minimum.unit.replace('_', ' ')} of the sentence remain${received ? 'ed when the request was received' : ''} (the request had to arrive by ${lastArrival}).`,
    legalBasis, verified, facts: { ...facts, lastArrival }, params: withLastArrival,
    toChange: kind === 'warning'
      ? 'The executing state may refuse on this ground; forwarding remains possible.'
      : 'Eligible only if both states agree to an exceptional case (ETS 112 Art. 3(2)): record the exceptional-case override with its reason.',
  });
}

/** TST-6: dual criminality (ETS 112 Art. 3(1)(e)); a warning under FD 2008/909 (Art. 7). */
function dualCriminalityCheck(custody: Custody, instrument: TransferInstrumentData): RuleCheck {
  const rule = instrument.dualCriminalityRequired;
  const kind = rule.value ? 'condition' : 'warning';
  const facts = { dualCriminality: custody.dualCriminality ?? null };
  if (custody.dualCriminality === true) return ruleCheck({ id: 'TST-6', kind, status: 'met', text: 'The acts are an offence in both states (dual criminality).', legalBasis: rule.legalBasis, verified: rule.verified, facts });
  if (custody.dualCriminality === false) {
    return ruleCheck({
      id: 'TST-6', kind, status: 'not_met', text: 'The acts are not an offence in the administering state (no dual criminality).', legalBasis: rule.legalBasis, verified: rule.verified, facts,
      toChange: rule.value ? 'No transfer without dual criminality.' : 'Unless the offence is on the FD 2008/909 list, the executing state may refuse (Art. 9(1)(d)).',
    });
  }
  return ruleCheck({ id: 'TST-6', kind, status: 'unknown', text: 'Dual criminality has not been assessed.', legalBasis: rule.legalBasis, verified: rule.verified, facts, toChange: 'Record whether the acts are an offence in the administering state.' });
}

/** TST-6 (agreement): both states agree; pending until the other state decides. */
function statesAgreementCheck(transfer: SentenceTransfer | undefined, instrument: TransferInstrumentData): RuleCheck {
  const rule = instrument.agreementOfBothStatesRequired;
  const facts = { transferStatus: transfer?.status ?? null, decidedOn: transfer?.decidedOn ?? null };
  if (transfer?.status === 'accepted' || transfer?.status === 'transferred') {
    return ruleCheck({ id: 'TST-6-AGREEMENT', kind: 'outcome', status: 'met', text: 'The administering state agreed to the transfer.', legalBasis: rule.legalBasis, verified: rule.verified, facts });
  }
  if (transfer?.status === 'refused') {
    return ruleCheck({ id: 'TST-6-AGREEMENT', kind: 'outcome', status: 'not_met', text: `The administering state refused${transfer.refusalReason ? `: ${transfer.refusalReason}` : '.'}`, legalBasis: rule.legalBasis, verified: rule.verified, facts, toChange: 'A new request needs new facts.' });
  }
  return ruleCheck({ id: 'TST-6-AGREEMENT', kind: 'outcome', status: 'unknown', text: 'The administering state has not decided yet.', legalBasis: rule.legalBasis, verified: rule.verified, facts });
}

interface ConsentAssessment {
  checks: RuleCheck[];
  instrument: TransferInstrumentData | null;
  withoutConsent: boolean | null;
  viaFlight: boolean;
}

/** TST-4 and TST-5 for a Council of Europe or bilateral route. */
function treatyConsent(custody: Custody, state: string, withConsent: TransferInstrumentData | null, withoutConsentInstrument: TransferInstrumentData | null): ConsentAssessment {
  const consent = custody.consent?.status ?? null;
  const facts = {
    consent,
    expulsionOrder: custody.expulsionOrder !== undefined,
    habituallyResidentInBelgiumAtArrest: custody.habituallyResidentInBelgiumAtArrest ?? null,
    fledToStateOfNationality: custody.fledToStateOfNationality ?? null,
  };
  if (consent === 'given' && withConsent) {
    const basis = withConsent.id === 'ets_112' ? 'ETS 112 Art. 3(1)(d)' : withConsent.legalBasis;
    return {
      checks: [ruleCheck({ id: 'TST-4', kind: 'condition', status: 'met', variant: 'consent', text: `The person consented${custody.consent?.byLegalRepresentative ? ' through a legal representative' : ''}.`, legalBasis: basis, verified: true, facts })],
      instrument: withConsent, withoutConsent: false, viaFlight: false,
    };
  }
  const consentMissing = consent !== 'refused';
  const noBasisText = consentMissing ? 'The person has not consented yet' : 'The person refused consent';
  if (!withoutConsentInstrument) {
    return {
      checks: [ruleCheck({
        id: 'TST-4', kind: 'condition', status: consentMissing ? 'unknown' : 'not_met', variant: 'no_without_consent_instrument',
        text: `${noBasisText}, and no instrument in force with ${state} allows transfer without consent.`,
        legalBasis: 'ETS 112 Art. 3(1)(d)', verified: true, facts, params: { state },
        toChange: 'Eligible only with the person\'s consent (or a legal representative\'s).',
      })],
      instrument: withConsent, withoutConsent: false, viaFlight: false,
    };
  }
  const instrument = withoutConsentInstrument;
  const flightRule = instrument.withoutConsent.find((rule) => rule.ground === 'fled_to_state_of_nationality');
  if (custody.fledToStateOfNationality === true && flightRule) {
    return {
      checks: [ruleCheck({ id: 'TST-4', kind: 'condition', status: 'met', variant: 'fled', text: `The person fled to ${state}: execution can be taken over without consent.`, legalBasis: flightRule.legalBasis, verified: flightRule.verified, facts, params: { state } })],
      instrument, withoutConsent: true, viaFlight: true,
    };
  }
  const expulsionRule = instrument.withoutConsent.find((rule) => rule.ground === 'expulsion_order');
  if (!custody.expulsionOrder || !expulsionRule) {
    return {
      checks: [ruleCheck({
        id: 'TST-4', kind: 'condition', status: consentMissing ? 'unknown' : 'not_met', variant: 'no_expulsion_order',
        text: `${noBasisText}, and no expulsion or removal measure is attached to the sentence.`,
        legalBasis: expulsionRule?.legalBasis ?? instrument.legalBasis, verified: expulsionRule?.verified ?? instrument.inForceVerified, facts,
        toChange: `Eligible with consent, or without consent once an expulsion or removal measure is recorded (${instrument.title}).`,
      })],
      instrument, withoutConsent: null, viaFlight: false,
    };
  }
  // Belgium does not apply ETS 167 Art. 3 to people habitually resident in Belgium when arrested.
  const exclusion = instrument.declarations.find((declaration) => declaration.state === BELGIUM && declaration.effect === 'art3_not_applied_if_habitually_resident_at_arrest');
  const stateExcludes = instrument.declarations.find((declaration) => declaration.state === state && declaration.effect === 'art3_not_applied');
  if (stateExcludes) {
    return {
      checks: [ruleCheck({ id: 'TST-4', kind: 'condition', status: 'not_met', variant: 'state_declaration', text: `${state} declared it does not apply Art. 3 of ETS 167.`, legalBasis: stateExcludes.legalBasis, verified: stateExcludes.verified, facts, params: { state }, toChange: 'Eligible only with the person\'s consent.' })],
      instrument, withoutConsent: true, viaFlight: false,
    };
  }
  if (exclusion) {
    const resident = custody.habituallyResidentInBelgiumAtArrest;
    if (resident === true) {
      return {
        checks: [ruleCheck({
          id: 'TST-4', kind: 'condition', status: 'not_met', variant: 'habitual_residence',
          text: 'The person was habitually resident in Belgium when arrested: Belgium does not apply ETS 167 Art. 3, so no transfer without consent.',
          legalBasis: exclusion.legalBasis, verified: exclusion.verified, facts,
          toChange: 'Eligible only with the person\'s consent (ETS 112 Art. 3(1)(d)).',
        })],
        instrument, withoutConsent: true, viaFlight: false,
      };
    }
    if (resident === undefined) {
      return {
        checks: [ruleCheck({
          id: 'TST-4', kind: 'condition', status: 'unknown', variant: 'habitual_residence',
          text: 'Expulsion order on file, but whether the person was habitually resident in Belgium when arrested is not recorded (Belgium\'s declaration on ETS 167 Art. 3).',
          legalBasis: exclusion.legalBasis, verified: exclusion.verified, facts,
          toChange: 'Record the person\'s habitual residence at the time of arrest.',
        })],
        instrument, withoutConsent: true, viaFlight: false,
      };
    }
  }
  const checks = [
    ruleCheck({
      id: 'TST-4', kind: 'condition', status: 'met', variant: 'expulsion_order',
      text: `An expulsion or removal measure is attached to the sentence: transfer without consent under ${instrument.title}.`,
      legalBasis: expulsionRule.legalBasis, verified: expulsionRule.verified, facts,
    }),
  ];
  return { checks, instrument, withoutConsent: true, viaFlight: false };
}

/** TST-5 and the BE–AL copy of the measure: formalities when consent is bypassed. */
function withoutConsentFormalities(custody: Custody, instrument: TransferInstrumentData, viaFlight: boolean): RuleCheck[] {
  const checks: RuleCheck[] = [];
  const opinion = instrument.opinionRequiredWithoutConsent;
  if (opinion?.value && !viaFlight) {
    const facts = { opinionRecordedOn: custody.opinion?.recordedOn ?? null };
    checks.push(
      custody.opinion
        ? ruleCheck({ id: 'TST-5', kind: 'formality', status: 'met', text: 'The person\'s opinion is on file.', legalBasis: opinion.legalBasis, verified: opinion.verified, facts })
        : ruleCheck({ id: 'TST-5', kind: 'formality', status: 'not_met', text: 'The person\'s opinion is not on file.', legalBasis: opinion.legalBasis, verified: opinion.verified, facts, toChange: 'Hear the person and record their opinion (it is taken into account, not binding).' }),
    );
  }
  const copy = instrument.expulsionMeasureCopyRequired;
  if (copy?.value && custody.expulsionOrder) {
    const facts = { expulsionOrderCopyOnFile: custody.expulsionOrder.copyOnFile };
    checks.push(
      custody.expulsionOrder.copyOnFile
        ? ruleCheck({ id: 'TST-5-COPY', kind: 'formality', status: 'met', text: 'A copy of the expulsion or removal measure is on file.', legalBasis: copy.legalBasis, verified: copy.verified, facts })
        : ruleCheck({ id: 'TST-5-COPY', kind: 'formality', status: 'not_met', text: 'No copy of the expulsion or removal measure on file.', legalBasis: copy.legalBasis, verified: copy.verified, facts, toChange: 'Add a copy of the measure to the file.' }),
    );
  }
  return checks;
}

/** FD 2008/909 Art. 6: consent is not needed for the state of nationality where the person lives, will be deported to, or fled to. */
function euConsent(custody: Custody, state: string, instrument: TransferInstrumentData): ConsentAssessment {
  const consent = custody.consent?.status ?? null;
  const facts = { consent, expulsionOrder: custody.expulsionOrder !== undefined, fledToStateOfNationality: custody.fledToStateOfNationality ?? null, habituallyResidentInBelgiumAtArrest: custody.habituallyResidentInBelgiumAtArrest ?? null };
  const rule = instrument.withoutConsent[0];
  const legalBasis = rule?.legalBasis ?? instrument.legalBasis;
  if (consent === 'given') {
    return { checks: [ruleCheck({ id: 'TST-EU-4', kind: 'condition', status: 'met', variant: 'consent', text: 'The person consented.', legalBasis: 'FD 2008/909/JHA Art. 6(1)', verified: true, facts })], instrument, withoutConsent: false, viaFlight: false };
  }
  if (custody.expulsionOrder || custody.fledToStateOfNationality === true) {
    return {
      checks: [ruleCheck({ id: 'TST-EU-4', kind: 'condition', status: 'met', variant: custody.expulsionOrder ? 'deported' : 'fled', text: `Consent not needed: the person ${custody.expulsionOrder ? 'will be deported' : 'fled'} to ${state}, their state of nationality.`, legalBasis, verified: true, facts, params: { state } })],
      instrument, withoutConsent: true, viaFlight: custody.expulsionOrder === undefined,
    };
  }
  const livesElsewhere = custody.habituallyResidentInBelgiumAtArrest === true;
  return {
    checks: [ruleCheck({
      id: 'TST-EU-4', kind: 'condition', status: livesElsewhere && consent === 'refused' ? 'not_met' : 'unknown',
      text: `No consent, no expulsion order, and it is not established that the person lives in ${state}.`,
      legalBasis, verified: true, facts, params: { state },
      toChange: 'Eligible with consent, or without it once an expulsion order is recorded or the person is shown to live in their state of nationality.',
    })],
    instrument, withoutConsent: null, viaFlight: false,
  };
}

function noCustodyAssessment(asOf: CalendarDate): TransferEligibility {
  const checks = [ruleCheck({ id: 'TST-0', kind: 'condition', status: 'not_met', text: 'No conviction or custody is recorded: there is no sentence to transfer.', legalBasis: 'ETS 112 Art. 2', verified: true, facts: { custody: false }, toChange: 'Record the custody and the judgment.' })];
  return { subject: 'sentence_transfer', verdict: verdictOf(checks), basis: null, checks, assessedOn: asOf, summary: 'No sentence on file.', summaryKey: 'rules.transfer.summary.noCustody', administeringState: null, withoutConsent: null, modelInstrument: null, alternatives: [] };
}

function summaryOf(verdict: Verdict, state: string | null, basis: AppliedBasis | null): { summary: string; summaryKey: string } {
  if (!basis) return { summary: state ? `No transfer route to ${state}.` : 'No transfer route.', summaryKey: 'rules.transfer.summary.noRoute' };
  const words: Record<Verdict, string> = { eligible: 'Eligible for transfer', not_eligible: 'Not eligible for transfer', needs_review: 'Transfer needs review' };
  return { summary: `${words[verdict]} to ${state ?? '?'} under ${basis.title}.`, summaryKey: `rules.transfer.summary.${verdict}` };
}

function assessForState(caseFile: CaseFile, custody: Custody, state: string, nationality: Nationality | null, asOf: CalendarDate): TransferEligibility {
  const statelessResident = nationality === null;
  const route = transferRouteFor(state, asOf);
  const transfer = transferRecordFor(caseFile, state);
  const checks: RuleCheck[] = [nationalityCheck(nationality, state, statelessResident)];
  let consent: ConsentAssessment;
  if (route.kind === 'none') {
    checks.push(ruleCheck({
      id: 'TST-7', kind: 'condition', status: 'not_met', variant: 'no_instrument',
      text: `No instrument on the transfer of sentenced persons is in force between Belgium and ${state}.`,
      legalBasis: 'Reference data: ETS 112, ETS 167, bilateral agreements, FD 2008/909 (CETS 222 is not in force)', verified: false,
      facts: { state }, params: { state },
      toChange: 'No transfer route: the sentence is served in Belgium, then return at release.',
    }));
    const verdict = verdictOf(checks);
    return { subject: 'sentence_transfer', verdict, basis: null, checks, assessedOn: asOf, ...summaryOf(verdict, state, null), administeringState: state, withoutConsent: null, modelInstrument: null, alternatives: [] };
  }
  if (route.kind === 'eu') {
    checks.push(ruleCheck({ id: 'TST-EU', kind: 'info', status: 'met', text: `${state} is an EU Member State: FD 2008/909 applies instead of the Council of Europe conventions.`, legalBasis: 'FD 2008/909/JHA Art. 26; Belgian law of 15 May 2012', verified: true, facts: { state, euMember: true }, params: { state } }));
    checks.push(finalityCheck(custody, 'FD 2008/909/JHA Art. 1(a)'));
    consent = euConsent(custody, state, route.instrument);
    checks.push(...consent.checks);
    if (consent.withoutConsent) checks.push(...withoutConsentFormalities(custody, route.instrument, consent.viaFlight));
    checks.push(remainderCheck(custody, route.instrument, transfer, asOf, 'warning'));
    checks.push(dualCriminalityCheck(custody, route.instrument));
  } else {
    consent = treatyConsent(custody, state, route.withConsent, route.withoutConsent);
    const instrument = consent.instrument ?? route.withConsent ?? route.withoutConsent ?? ets112;
    const inForce = [route.withConsent, route.withoutConsent].filter((candidate): candidate is TransferInstrumentData => candidate !== null).filter((candidate, index, all) => all.indexOf(candidate) === index);
    // Verified only if the instrument and both states' party records are confirmed.
    const partiesVerified = inForce.every((candidate) => candidate.inForceVerified && [BELGIUM, state].every((party) => candidate.parties.find((record) => record.country === party)?.verified ?? false));
    checks.push(ruleCheck({
      id: 'TST-7', kind: 'info', status: 'met',
      text: `In force between Belgium and ${state}: ${inForce.map((candidate) => candidate.title).join('; ')}.`,
      legalBasis: instrument.legalBasis, verified: partiesVerified,
      facts: { state, withConsentInstrument: route.withConsent?.id ?? null, withoutConsentInstrument: route.withoutConsent?.id ?? null }, params: { state },
    }));
    checks.push(finalityCheck(custody, 'ETS 112 Art. 3(1)(b)'));
    checks.push(remainderCheck(custody, instrument, transfer, asOf, 'condition'));
    checks.push(...consent.checks);
    if (consent.withoutConsent && consent.instrument && allowsWithoutConsent(consent.instrument, consent.viaFlight ? 'fled_to_state_of_nationality' : 'expulsion_order')) {
      checks.push(...withoutConsentFormalities(custody, consent.instrument, consent.viaFlight));
    }
    checks.push(dualCriminalityCheck(custody, instrument));
  }
  const instrument = consent.instrument ?? (route.kind === 'eu' ? route.instrument : (route.withConsent ?? route.withoutConsent ?? ets112));
  checks.push(statesAgreementCheck(transfer, instrument));
  const verdict = verdictOf(checks);
  const basis = basisOf(instrument);
  return {
    subject: 'sentence_transfer', verdict, basis, checks, assessedOn: asOf, ...summaryOf(verdict, state, basis),
    administeringState: state, withoutConsent: consent.withoutConsent, modelInstrument: modelInstrumentOf(instrument, consent.viaFlight), alternatives: [],
  };
}

const verdictRank: Record<Verdict, number> = { eligible: 2, needs_review: 1, not_eligible: 0 };

/**
 * Can the sentence be transferred to the person's state of nationality, and under which
 * instrument? Follows domain.md §5(c) TST-1…TST-7 and TST-EU: FD 2008/909 for EU
 * nationals; the Belgium–Albania agreement (2010) and the Belgium–Kosovo convention (2010);
 * otherwise ETS 112, and ETS 167 without consent subject to Belgium's declaration. Each
 * nationality is assessed; the best outcome leads and the others are `alternatives`.
 */
export function assessTransferEligibility(caseFile: CaseFile, asOf: CalendarDate): TransferEligibility {
  const custody = caseFile.custody;
  if (!custody) return noCustodyAssessment(asOf);
  const candidates: { state: string; nationality: Nationality | null }[] = foreignNationalities(caseFile).map((nationality) => ({ state: nationality.country, nationality }));
  // Albania counts stateless permanent residents as nationals (its declaration on ETS 112).
  const residence = caseFile.person.permanentResidenceCountry;
  if (caseFile.person.stateless && residence && !candidates.some((candidate) => candidate.state === residence)) {
    const declares = Object.values(transferInstruments).some((instrument) => instrument.parties.some((party) => party.country === residence && party.nationalIncludesStatelessPermanentResidents === true));
    if (declares) candidates.push({ state: residence, nationality: null });
  }
  if (candidates.length === 0) {
    const checks = [ruleCheck({ id: 'TST-1', kind: 'condition', status: 'unknown', variant: 'none', text: 'No nationality is established: the administering state is unknown.', legalBasis: 'ETS 112 Art. 3(1)(a)', verified: true, facts: { nationalities: 0, stateless: caseFile.person.stateless }, toChange: 'Establish the person\'s nationality.' })];
    return { subject: 'sentence_transfer', verdict: verdictOf(checks), basis: null, checks, assessedOn: asOf, summary: 'Nationality unknown.', summaryKey: 'rules.transfer.summary.nationalityUnknown', administeringState: null, withoutConsent: null, modelInstrument: null, alternatives: [] };
  }
  const assessed = candidates.map((candidate) => assessForState(caseFile, custody, candidate.state, candidate.nationality, asOf));
  const ranked = [...assessed].sort((a, b) => verdictRank[b.verdict] - verdictRank[a.verdict]);
  const [best, ...others] = ranked;
  if (!best) return noCustodyAssessment(asOf);
  return { ...best, alternatives: others };
}
