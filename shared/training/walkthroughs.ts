import type { Stage, TransferInstrument } from '../model';
import { transferInstruments, type ReintegrationTier } from '../reference';
import type { DeadlineKind, DeadlineState, ReadmissionReplyStatus, Verdict } from '../rules';
import type { ScenarioId } from './scenarioLibrary';

/**
 * The places on the screens a walkthrough points at: each screen element carries the
 * matching `data-tour` attribute. `action:<id>` is the button of a workflow action
 * (shared/workflow registry id); `deadline:<kind>` a deadline row of the case file.
 */
export const walkthroughPanels = [
  'case-header',
  'case-header-stage',
  'case-header-verdict',
  'case-facts-custody',
  'case-facts-residency',
  'case-facts-family',
  'case-facts-nationality',
  'transfer-eligibility',
  'prison-lease-model',
  'return-routes',
  'route-voluntary',
  'route-forced',
  'route-readmission',
  'route-dublin',
  'route-protection-member-state',
  'readmission-request',
  'case-deadlines',
  'training-clock',
] as const;
export type WalkthroughPanel = (typeof walkthroughPanels)[number];
export type WalkthroughTarget = WalkthroughPanel | `action:${string}` | `deadline:${DeadlineKind}`;

/** What a step announces: the test checks each against the rules (`tests/unit/training`). */
export type WalkthroughCheck =
  | { kind: 'transferEligibility'; verdict: Verdict; instrument?: TransferInstrument | null; withoutConsent?: boolean | null }
  | { kind: 'route'; route: 'voluntary' | 'forced' | 'readmission' | 'dublin' | 'protectionMemberState'; verdict: Verdict }
  | { kind: 'reintegrationTier'; tier: ReintegrationTier }
  | { kind: 'prisonLeaseModel'; verdict: Verdict }
  | { kind: 'readmissionReply'; state: ReadmissionReplyStatus['state'] }
  | { kind: 'deadline'; deadline: DeadlineKind; state: DeadlineState }
  /** The action's button is disabled for this unmet condition (shared/workflow `availableActions`). */
  | { kind: 'actionRefused'; action: string; condition: string }
  | { kind: 'stage'; stage: Stage };

export interface WalkthroughExpectation {
  /** Which case of the scenario file (default the first). */
  caseIndex?: number;
  /** Days after the scenario's today: the trainer moves the training clock this far first (default 0). */
  afterDays?: number;
  check: WalkthroughCheck;
}

export interface WalkthroughStep {
  id: string;
  target: WalkthroughTarget;
  /** What to point out: `walkthrough.<scenario>.<step>` in the training catalogue. */
  textKey: string;
  /** The legal basis behind the step, as shown to the audience. */
  legalBasis?: string;
  expect?: WalkthroughExpectation;
}

export interface Walkthrough {
  scenarioId: ScenarioId;
  steps: WalkthroughStep[];
}

function steps(scenarioId: ScenarioId, list: Omit<WalkthroughStep, 'textKey'>[]): Walkthrough {
  return { scenarioId, steps: list.map((step) => ({ ...step, textKey: `walkthrough.${scenarioId}.${step.id}` })) };
}

// Legal bases read from the reference data where it holds them, so a correction there reaches the scripts.
const beAl = transferInstruments.be_al_2010;
const beAlWithoutConsent = beAl.withoutConsent.find((rule) => rule.ground === 'expulsion_order')?.legalBasis ?? beAl.legalBasis;

export const walkthroughs: Readonly<Record<ScenarioId, Walkthrough>> = {
  'albania-transfer-9-months': steps('albania-transfer-9-months', [
    { id: 'custody', target: 'case-facts-custody', legalBasis: 'ETS 112 Art. 3(1)(b)–(c)' },
    { id: 'noConsent', target: 'case-facts-custody', legalBasis: `${beAlWithoutConsent}; Albania is not a party to ETS 167` },
    {
      id: 'verdict',
      target: 'transfer-eligibility',
      legalBasis: beAl.legalBasis,
      expect: { check: { kind: 'transferEligibility', verdict: 'eligible', instrument: 'BE_AL_2010', withoutConsent: true } },
    },
    {
      id: 'opinion',
      target: 'transfer-eligibility',
      legalBasis: `${beAl.opinionRequiredWithoutConsent?.legalBasis ?? beAl.legalBasis}; ${beAl.expulsionMeasureCopyRequired?.legalBasis ?? ''}`,
    },
    { id: 'request', target: 'action:requestSentenceTransfer', legalBasis: 'ETS 112 Art. 3(1)(f): both states agree' },
  ]),
  'albania-transfer-4-months': steps('albania-transfer-4-months', [
    { id: 'remainder', target: 'case-facts-custody', legalBasis: 'ETS 112 Art. 3(1)(c)' },
    {
      id: 'verdict',
      target: 'transfer-eligibility',
      legalBasis: 'ETS 112 Art. 3(1)(c), 3(2)',
      expect: { check: { kind: 'transferEligibility', verdict: 'not_eligible' } },
    },
    {
      id: 'readmission',
      target: 'route-readmission',
      legalBasis: 'EU–Albania readmission agreement, Arts. 2 and 7–10',
      expect: { check: { kind: 'route', route: 'readmission', verdict: 'eligible' } },
    },
    { id: 'send', target: 'action:sendReadmissionRequest', legalBasis: 'EU–Albania readmission agreement, Art. 10' },
  ]),
  'kosovo-transfer': steps('kosovo-transfer', [
    { id: 'notCoe', target: 'case-facts-nationality', legalBasis: 'Kosovo is not a party to ETS 112 or ETS 167' },
    {
      id: 'convention',
      target: 'transfer-eligibility',
      legalBasis: 'Convention between Belgium and Kosovo on the transfer of sentenced persons (Brussels, 18 June 2010)',
      expect: { check: { kind: 'transferEligibility', verdict: 'needs_review', instrument: 'BE_XK_2010', withoutConsent: true } },
    },
    { id: 'review', target: 'transfer-eligibility', legalBasis: 'Belgian assent law of 2 July 2015; ratifications exchanged 24 November 2016' },
    { id: 'request', target: 'action:requestSentenceTransfer' },
  ]),
  'prison-capacity-abroad': steps('prison-capacity-abroad', [
    {
      id: 'profile',
      target: 'prison-lease-model',
      legalBasis: 'Policy model: Denmark–Kosovo prison lease treaty (2022); no Belgian legal basis',
      expect: { check: { kind: 'prisonLeaseModel', verdict: 'needs_review' } },
    },
    { id: 'noLegalBasis', target: 'prison-lease-model' },
    {
      id: 'transfer',
      target: 'transfer-eligibility',
      legalBasis: 'ETS 112 Art. 3(1)(a)',
      expect: { check: { kind: 'transferEligibility', verdict: 'needs_review' } },
    },
  ]),
  'voluntary-return-tiers': steps('voluntary-return-tiers', [
    {
      id: 'counselling',
      target: 'route-voluntary',
      legalBasis: 'Directive 2008/115/EC Art. 7; Aliens Act Art. 74/14',
      expect: { check: { kind: 'route', route: 'voluntary', verdict: 'eligible' } },
    },
    {
      id: 'westernBalkans',
      target: 'route-voluntary',
      legalBasis: 'Fedasil reintegration programme: administrative assistance only for visa-free Western Balkans nationals',
      expect: { check: { kind: 'reintegrationTier', tier: 'administrative_assistance_only' } },
    },
    {
      id: 'visaRequired',
      target: 'route-voluntary',
      legalBasis: 'Fedasil reintegration programme: reintegration support for visa-required nationalities',
      expect: { caseIndex: 1, check: { kind: 'reintegrationTier', tier: 'reintegration_visa_required' } },
    },
    {
      id: 'extended',
      target: 'deadline:voluntary_departure',
      legalBasis: 'Aliens Act Art. 74/14 §2',
      expect: { check: { kind: 'deadline', deadline: 'voluntary_departure', state: 'running' } },
    },
    { id: 'departed', target: 'action:confirmVoluntaryDeparture' },
  ]),
  'forced-return-detention': steps('forced-return-detention', [
    {
      id: 'periodOver',
      target: 'deadline:voluntary_departure',
      legalBasis: 'Aliens Act Art. 74/14; Directive 2008/115/EC Art. 7',
      expect: { check: { kind: 'deadline', deadline: 'voluntary_departure', state: 'ended' } },
    },
    {
      id: 'detained',
      target: 'case-header-stage',
      legalBasis: 'Aliens Act Art. 7; Directive 2008/115/EC Art. 15(1)',
      expect: { check: { kind: 'stage', stage: 'DETAINED' } },
    },
    {
      id: 'twoMonths',
      target: 'deadline:detention_title',
      legalBasis: 'Aliens Act Art. 7: 2 months, extendable',
      expect: { check: { kind: 'deadline', deadline: 'detention_title', state: 'due_soon' } },
    },
    { id: 'extend', target: 'action:extendDetention', legalBasis: 'Aliens Act Art. 7: +2 months by the Immigration Office, +1 by the Minister' },
    {
      id: 'fiveMonths',
      target: 'training-clock',
      legalBasis: 'Aliens Act Art. 7: release after 5 months',
      expect: { afterDays: 70, check: { kind: 'deadline', deadline: 'detention_maximum', state: 'due_soon' } },
    },
    {
      id: 'removable',
      target: 'route-forced',
      legalBasis: 'Directive 2008/115/EC Arts. 5, 8 and 9(2)(a)',
      expect: { check: { kind: 'route', route: 'forced', verdict: 'eligible' } },
    },
    { id: 'schedule', target: 'action:scheduleRemoval' },
    { id: 'close', target: 'action:closeAsRemoved' },
  ]),
  'family-with-minor': steps('family-with-minor', [
    { id: 'family', target: 'case-facts-family', legalBasis: 'Directive 2008/115/EC Arts. 3(9), 5(a)' },
    {
      id: 'noDetention',
      target: 'action:detain',
      legalBasis: 'Belgian law of 2024 on proactive return; Directive 2008/115/EC Art. 17',
      expect: { check: { kind: 'actionRefused', action: 'detain', condition: 'no_minor_children' } },
    },
    { id: 'alternatives', target: 'route-voluntary', legalBasis: 'Aliens Act Art. 74/9 (family units); ICAM coaching' },
    {
      id: 'forced',
      target: 'route-forced',
      legalBasis: 'Directive 2008/115/EC Arts. 5, 9(2)(a)',
      expect: { check: { kind: 'route', route: 'forced', verdict: 'needs_review' } },
    },
  ]),
  'dublin-transfer': steps('dublin-transfer', [
    { id: 'eurodac', target: 'case-facts-residency', legalBasis: 'Regulation (EU) 2024/1358 (Eurodac)' },
    {
      id: 'accepted',
      target: 'route-dublin',
      legalBasis: 'Regulation (EU) 2024/1351 Art. 46(1)',
      expect: { check: { kind: 'route', route: 'dublin', verdict: 'eligible' } },
    },
    {
      id: 'window',
      target: 'deadline:dublin_transfer',
      legalBasis: 'Regulation (EU) 2024/1351 Art. 46(1)–(2)',
      expect: { check: { kind: 'deadline', deadline: 'dublin_transfer', state: 'running' } },
    },
    { id: 'transfer', target: 'action:confirmDublinTransfer' },
  ]),
  'protection-other-member-state': steps('protection-other-member-state', [
    { id: 'protected', target: 'case-facts-residency', legalBasis: 'Directive 2013/32/EU Art. 33(2)(a)' },
    { id: 'notDublin', target: 'route-dublin', expect: { check: { kind: 'route', route: 'dublin', verdict: 'not_eligible' } } },
    {
      id: 'returnThere',
      target: 'route-protection-member-state',
      legalBasis: 'Directive 2008/115/EC Art. 6(2)',
      expect: { check: { kind: 'route', route: 'protectionMemberState', verdict: 'eligible' } },
    },
  ]),
  'readmission-deemed-accepted': steps('readmission-deemed-accepted', [
    {
      id: 'request',
      target: 'readmission-request',
      legalBasis: 'EU–Albania readmission agreement, Arts. 7–9 and Annexes I–II',
      expect: { check: { kind: 'readmissionReply', state: 'awaiting_reply' } },
    },
    {
      id: 'replyDeadline',
      target: 'deadline:readmission_reply',
      legalBasis: 'EU–Albania readmission agreement, Art. 10(1): 14 calendar days',
      expect: { check: { kind: 'deadline', deadline: 'readmission_reply', state: 'running' } },
    },
    {
      id: 'moveClock',
      target: 'training-clock',
      legalBasis: 'EU–Albania readmission agreement, Art. 10(2): no reply means acceptance',
      expect: { afterDays: 15, check: { kind: 'readmissionReply', state: 'deemed_accepted' } },
    },
    {
      id: 'transferWindow',
      target: 'deadline:readmission_transfer_window',
      legalBasis: 'EU–Albania readmission agreement, Art. 10(2): transfer within 3 months',
      expect: { afterDays: 15, check: { kind: 'deadline', deadline: 'readmission_transfer_window', state: 'running' } },
    },
    {
      id: 'mark',
      target: 'action:markReadmissionDeemedAccepted',
      expect: { afterDays: 15, check: { kind: 'route', route: 'readmission', verdict: 'eligible' } },
    },
  ]),
};
