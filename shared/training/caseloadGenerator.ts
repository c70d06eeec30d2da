import { caseReferencePrefix, type CaseFile, type Offence, type Stage } from '../model';
import type { CalendarDate } from '../reference';
import { addCalendarDays, daysBetween, endOfPeriod } from '../rules/deadlines/calendarArithmetic';
import { caseBuilder, emptyCase, record, TRAINING_AUTHOR, type CaseBuilder } from './caseBuilder';
import { namePools, type NameCountry } from './fictitiousNames';
import { seededRandom, type SeededRandom } from './random';

/**
 * Presets of the caseload generator:
 * - `mixed`: every stage of the workflow, weighted like a working office (most cases at a
 *   return decision, in preparation or closed), nationalities of the office's caseload;
 * - `albanianPrisoners`: exactly 307 Albanian nationals in Belgian prisons (nationality
 *   established, custody not ended), exactly 253 of them without a right of residence
 *   (current residence status other than a valid permit) and 54 with a valid permit: the
 *   figure ministers discussed, for the custody-and-transfer overview. Its count is fixed;
 * - `custodyAndTransfer`: prisoners of several nationalities at the custody and transfer stages.
 */
export const caseloadPresets = ['mixed', 'albanianPrisoners', 'custodyAndTransfer'] as const;
export type CaseloadPreset = (typeof caseloadPresets)[number];

export const ALBANIAN_PRISONERS = { total: 307, withoutRightOfResidence: 253 } as const;

export interface CaseloadOptions {
  seed: number | string;
  preset: CaseloadPreset;
  /** Number of cases; ignored by `albanianPrisoners` (always 307). */
  count?: number;
  /** The day the caseload is generated for: every date lies on or before it. */
  today: CalendarDate;
  /** First sequence number of the TRN references (default 1): `TRN-<year of today>-000001`. */
  firstSequence?: number;
}

export interface CaseRange {
  from: number;
  /** Exclusive. */
  to: number;
}

/** How many cases the options produce. */
export function caseloadSize(options: Pick<CaseloadOptions, 'preset' | 'count'>): number {
  return options.preset === 'albanianPrisoners' ? ALBANIAN_PRISONERS.total : Math.max(0, Math.floor(options.count ?? 0));
}

const stageWeights: Readonly<Record<Stage, number>> = {
  INTAKE: 4,
  IDENTIFICATION: 8,
  STATUS_ASSESSMENT: 6,
  LEGAL_STAY: 2,
  DUBLIN: 6,
  DUBLIN_TRANSFERRED: 2,
  IN_CUSTODY: 8,
  TST_ASSESSMENT: 4,
  TST_REQUESTED: 2,
  TST_TRANSFERRED: 1,
  TST_REFUSED: 1,
  RETURN_DECISION: 12,
  VOLUNTARY_PREP: 6,
  DEPARTED_VOLUNTARILY: 3,
  FORCED_PREP: 8,
  DETAINED: 5,
  REMOVAL_SCHEDULED: 2,
  REMOVED: 2,
  SUSPENDED: 2,
  ABSCONDED: 3,
  RELEASED_MAX_DETENTION: 1,
  CLOSED: 12,
};
const custodyStageWeights = { IN_CUSTODY: 10, TST_ASSESSMENT: 5, TST_REQUESTED: 2, TST_REFUSED: 1 } as const satisfies Partial<Record<Stage, number>>;
const nationalityWeights: Readonly<Record<NameCountry, number>> = { AL: 18, XK: 8, MA: 20, AF: 14, GE: 10, GN: 10, DZ: 14, ER: 6 };

const routeOf: Readonly<Record<Stage, CaseFile['route']>> = {
  INTAKE: 'undetermined',
  IDENTIFICATION: 'undetermined',
  STATUS_ASSESSMENT: 'undetermined',
  LEGAL_STAY: 'legal_stay',
  DUBLIN: 'dublin',
  DUBLIN_TRANSFERRED: 'dublin',
  IN_CUSTODY: 'undetermined',
  TST_ASSESSMENT: 'sentence_transfer',
  TST_REQUESTED: 'sentence_transfer',
  TST_TRANSFERRED: 'sentence_transfer',
  TST_REFUSED: 'sentence_transfer',
  RETURN_DECISION: 'undetermined',
  VOLUNTARY_PREP: 'voluntary',
  DEPARTED_VOLUNTARILY: 'voluntary',
  FORCED_PREP: 'forced',
  DETAINED: 'forced',
  REMOVAL_SCHEDULED: 'forced',
  REMOVED: 'forced',
  SUSPENDED: 'forced',
  ABSCONDED: 'forced',
  RELEASED_MAX_DETENTION: 'forced',
  CLOSED: 'forced',
};

/** Stages after a return decision: the case carries an order to leave. */
const afterReturnDecision: ReadonlySet<Stage> = new Set([
  'RETURN_DECISION',
  'VOLUNTARY_PREP',
  'DEPARTED_VOLUNTARILY',
  'FORCED_PREP',
  'DETAINED',
  'REMOVAL_SCHEDULED',
  'REMOVED',
  'SUSPENDED',
  'ABSCONDED',
  'RELEASED_MAX_DETENTION',
  'CLOSED',
]);
const custodyStages: ReadonlySet<Stage> = new Set(['IN_CUSTODY', 'TST_ASSESSMENT', 'TST_REQUESTED', 'TST_TRANSFERRED', 'TST_REFUSED']);

const offences: readonly [Offence, ...Offence[]] = [
  { description: 'Drug trafficking', category: 'drugs' },
  { description: 'Theft with violence', category: 'violent' },
  { description: 'Burglary', category: 'property' },
  { description: 'Assault', category: 'violent' },
];

interface CaseSpec {
  country: NameCountry;
  stage: Stage;
  /** Custody that has not ended (the person is in prison today). */
  inCustody: boolean;
  rightOfResidence: boolean;
}

/** The Albanian-prisoners preset spreads its 54 permit holders over the list (97 is prime to 307, so the map is a bijection). */
function albanianPrisonerSpec(index: number, random: SeededRandom): CaseSpec {
  const withPermit = (index * 97) % ALBANIAN_PRISONERS.total >= ALBANIAN_PRISONERS.withoutRightOfResidence;
  return { country: 'AL', stage: random.weighted(custodyStageWeights), inCustody: true, rightOfResidence: withPermit };
}

function specFor(preset: CaseloadPreset, index: number, random: SeededRandom): CaseSpec {
  switch (preset) {
    case 'albanianPrisoners':
      return albanianPrisonerSpec(index, random);
    case 'custodyAndTransfer':
      return {
        country: random.weighted(nationalityWeights),
        stage: random.weighted(custodyStageWeights),
        inCustody: true,
        rightOfResidence: random.chance(0.2),
      };
    case 'mixed': {
      const stage = random.weighted(stageWeights);
      return {
        country: random.weighted(nationalityWeights),
        stage,
        inCustody: custodyStages.has(stage) && stage !== 'TST_TRANSFERRED',
        rightOfResidence: stage === 'LEGAL_STAY',
      };
    }
  }
}

function timestampOn(date: CalendarDate): string {
  return `${date}T09:00:00.000+01:00`;
}

function fill(b: CaseBuilder, random: SeededRandom, spec: CaseSpec, reference: string, today: CalendarDate): CaseFile {
  const pool = namePools[spec.country];
  const sex = random.chance(spec.inCustody ? 0.93 : 0.7) ? 'male' : 'female';
  const age = random.integer(19, 58);
  const dateOfBirth = addCalendarDays(today, -(age * 365 + random.integer(0, 364)));
  const openedOn = addCalendarDays(today, -random.integer(20, 720));
  const caseFile = emptyCase(b, {
    reference,
    stage: spec.stage,
    route: routeOf[spec.stage],
    openedOn,
    priority: random.weighted({ low: 2, normal: 12, high: 4, urgent: 1 }),
    office: random.weighted({ BRU: 10, ANT: 3, LIE: 2, GNT: 2 }),
    person: {
      sex,
      dateOfBirth,
      dateOfBirthEstimated: random.chance(0.1),
      placeOfBirth: random.pick(pool.placesOfBirth),
      countryOfBirth: spec.country,
      languages: [...pool.languages],
      stateless: false,
      biometricReferences: [],
    },
  });
  const givenNames = random.pick(sex === 'male' ? pool.male : pool.female);
  caseFile.identities = [record.identity(b, { familyName: random.pick(pool.family), givenNames, primary: true, source: 'declared', confidence: 'medium' })];
  const identified = spec.stage !== 'INTAKE' && spec.stage !== 'IDENTIFICATION';
  caseFile.nationalities = [
    record.nationality(b, {
      country: spec.country,
      status: spec.inCustody || identified ? (random.chance(0.7) ? 'proven' : 'prima_facie') : 'claimed',
      evidence: [
        {
          kind: identified || spec.inCustody ? 'document' : 'personal_statement',
          description: identified || spec.inCustody ? 'Identity document examined' : 'Declared at the interview',
        },
      ],
    }),
  ];
  caseFile.residencyHistory = [
    record.residency(
      b,
      spec.rightOfResidence
        ? { status: 'valid_permit', from: addCalendarDays(openedOn, -random.integer(200, 3000)) }
        : {
            status:
              spec.stage === 'DUBLIN' || spec.stage === 'DUBLIN_TRANSFERRED'
                ? 'dublin'
                : random.weighted({ irregular_stay: 6, asylum_rejected: 3, short_stay_expired: 2 }),
            from: addCalendarDays(openedOn, -random.integer(30, 1500)),
            irregularStayKnownOn: openedOn,
          },
    ),
  ];

  if (custodyStages.has(spec.stage)) {
    const years = random.integer(1, 8);
    const sentenceStart = addCalendarDays(today, -random.integer(30, years * 300));
    caseFile.custody = record.custody(b, {
      prison: random.pick([
        'Prison de Haren',
        'Gevangenis van Brugge',
        'Prison de Lantin',
        'Gevangenis van Antwerpen',
        'Prison de Marche-en-Famenne',
        'Gevangenis van Hasselt',
      ]),
      judgmentFinal: random.chance(0.85),
      offences: [random.pick(offences)],
      sentence: { kind: 'determinate', years, months: 0, days: 0 },
      sentenceStart,
      expectedEnd: addCalendarDays(sentenceStart, years * 365),
      ...(spec.rightOfResidence
        ? {}
        : {
            expulsionOrder: {
              reference: `OQT-TRN-${random.integer(1000, 9999)}`,
              issuedOn: sentenceStart,
              issuedBy: 'administration' as const,
              copyOnFile: random.chance(0.8),
            },
          }),
      dualCriminality: true,
      ...(spec.inCustody ? {} : { releasedOn: addCalendarDays(today, -random.integer(1, 60)) }),
    });
  }
  if (afterReturnDecision.has(spec.stage)) {
    const notified = addCalendarDays(openedOn, random.integer(5, 60));
    const notifiedOn = notified < today ? notified : addCalendarDays(today, -1);
    caseFile.decisions = [
      record.decision(b, {
        type: 'order_to_leave',
        decidedOn: notifiedOn,
        notifiedOn,
        decidedBy: TRAINING_AUTHOR,
        legalBasis: 'Aliens Act Art. 7 and 74/14',
        departureDays: 30,
        shortenedPeriodGrounds: [],
      }),
    ];
  }
  return withStageFacts(b, random, caseFile, today);
}

/** Records a stage implies: a Dublin request, a detention title, a return operation, a closure. */
function withStageFacts(b: CaseBuilder, random: SeededRandom, caseFile: CaseFile, today: CalendarDate): CaseFile {
  const country = caseFile.nationalities[0]?.country ?? 'AL';
  switch (caseFile.stage) {
    case 'DUBLIN':
    case 'DUBLIN_TRANSFERRED': {
      const acceptedOn = addCalendarDays(today, -random.integer(5, 150));
      caseFile.dublinRequests = [
        record.dublin(b, {
          memberState: random.pick(['DE', 'FR', 'NL', 'IT', 'AT', 'ES']),
          regime: 'dublin_iii',
          requestType: 'take_back',
          applicationLodgedOn: addCalendarDays(acceptedOn, -60),
          status: caseFile.stage === 'DUBLIN' ? 'accepted' : 'transferred',
          sentOn: addCalendarDays(acceptedOn, -30),
          acceptedOn,
          acceptance: 'explicit',
          extension: 'none',
          ...(caseFile.stage === 'DUBLIN_TRANSFERRED' ? { transferredOn: addCalendarDays(acceptedOn, 20) } : {}),
        }),
      ];
      caseFile.residencyHistory = caseFile.residencyHistory.map((status) => ({
        ...status,
        status: 'dublin',
        memberState: caseFile.dublinRequests[0]?.memberState,
      }));
      return caseFile;
    }
    case 'DETAINED':
    case 'RELEASED_MAX_DETENTION':
    case 'REMOVED': {
      const startedOn = addCalendarDays(
        today,
        -random.integer(caseFile.stage === 'RELEASED_MAX_DETENTION' ? 160 : 3, caseFile.stage === 'DETAINED' ? 140 : 200),
      );
      caseFile.detentionPeriods = [
        record.detention(b, {
          centre: random.pick(['Centre fermé de Vottem', 'Gesloten centrum Merksplas', 'Gesloten centrum Brugge', 'Centre 127bis Steenokkerzeel', 'Caricole']),
          detentionType: 'return',
          publicOrder: false,
          titleNumber: 1,
          startedOn,
          ...(caseFile.stage === 'DETAINED'
            ? {}
            : {
                endedOn: addCalendarDays(startedOn, caseFile.stage === 'REMOVED' ? 30 : 150),
                endReason: caseFile.stage === 'REMOVED' ? ('removed' as const) : ('released_at_maximum' as const),
              }),
        }),
      ];
      const [period] = caseFile.detentionPeriods;
      if (period) {
        caseFile.decisions = [
          ...caseFile.decisions,
          record.decision(b, {
            type: 'detention',
            decidedOn: startedOn,
            notifiedOn: startedOn,
            decidedBy: TRAINING_AUTHOR,
            legalBasis: 'Aliens Act Art. 7, third paragraph',
            detentionPeriodId: period.id,
            ground: 'risk_of_absconding',
            groundDescription: 'Did not leave within the period granted; no known address.',
            alternativesConsidered: 'Reporting and ICAM coaching were offered and not followed.',
          }),
        ];
        // A title still running past its first 2 months has been extended (to 4, then 5 months), as the law requires.
        const daysHeld = caseFile.stage === 'DETAINED' ? daysBetween(startedOn, today) : 0;
        if (daysHeld > 50) {
          caseFile.decisions.push(
            record.decision(b, {
              type: 'detention_extension',
              decidedOn: addCalendarDays(startedOn, 55),
              notifiedOn: addCalendarDays(startedOn, 55),
              decidedBy: TRAINING_AUTHOR,
              legalBasis: 'Aliens Act Art. 7, fifth paragraph',
              detentionPeriodId: period.id,
              ground: 'removal_in_progress',
              extendedUntil: endOfPeriod(startedOn, { amount: daysHeld > 110 ? 5 : 4, unit: 'months' }),
            }),
          );
        }
      }
      if (caseFile.stage === 'REMOVED')
        caseFile.returnOperation = record.returnOperation(b, {
          kind: 'forced',
          carrier: 'police_escort',
          destinationCountry: country,
          escorts: 2,
          attempts: [],
          departedAt: timestampOn(addCalendarDays(startedOn, 30)),
        });
      return caseFile;
    }
    case 'VOLUNTARY_PREP':
    case 'DEPARTED_VOLUNTARILY':
      caseFile.returnOperation = record.returnOperation(b, {
        kind: 'voluntary',
        carrier: 'iom',
        destinationCountry: country,
        voluntaryReturnConsentOn: addCalendarDays(today, -random.integer(2, 40)),
        escorts: 0,
        attempts: [],
        ...(caseFile.stage === 'DEPARTED_VOLUNTARILY' ? { departedAt: timestampOn(addCalendarDays(today, -random.integer(1, 30))) } : {}),
      });
      return caseFile;
    case 'REMOVAL_SCHEDULED':
      caseFile.returnOperation = record.returnOperation(b, {
        kind: 'forced',
        carrier: 'commercial_unescorted',
        destinationCountry: country,
        scheduledDepartureAt: timestampOn(addCalendarDays(today, random.integer(2, 20))),
        escorts: 0,
        attempts: [],
      });
      return caseFile;
    case 'SUSPENDED':
      return {
        ...caseFile,
        resumeStage: 'FORCED_PREP',
        suspension: {
          reason: random.pick(['suspensive_appeal', 'medical', 'non_refoulement_review'] as const),
          since: addCalendarDays(today, -random.integer(5, 90)),
        },
      };
    case 'ABSCONDED':
      return { ...caseFile, resumeStage: 'FORCED_PREP', abscondedSince: addCalendarDays(today, -random.integer(5, 300)) };
    case 'CLOSED': {
      const closureReason = random.weighted({ removed: 4, departed_voluntarily: 4, dublin_transferred: 2, regularised: 1, left_unverified: 2 });
      return { ...caseFile, closedOn: addCalendarDays(today, -random.integer(1, 200)), closureReason };
    }
    default:
      return caseFile;
  }
}

/** The case at position `index` of the caseload: depends only on the seed, the preset and the index. */
export function generateCase(options: CaseloadOptions, index: number): CaseFile {
  const random = seededRandom(`${String(options.seed)}:${options.preset}:${index}`);
  const spec = specFor(options.preset, index, random);
  const year = Number(options.today.slice(0, 4));
  const reference = `${caseReferencePrefix('training', year)}${String((options.firstSequence ?? 1) + index).padStart(6, '0')}`;
  const b = caseBuilder(random, timestampOn(options.today), TRAINING_AUTHOR);
  return fill(b, random, spec, reference, options.today);
}

/**
 * The caseload, one case at a time, for the positions `range.from` (included) to `range.to`
 * (excluded), by default all of it. Each case is drawn from its own position, so any chunk
 * equals the same slice of a whole run, and 100,000 cases never sit in memory together:
 * the caller (a worker seeding the store) takes a chunk, writes it and asks for the next.
 */
export function* generateCaseload(options: CaseloadOptions, range?: Partial<CaseRange>): Generator<CaseFile, void, undefined> {
  const size = caseloadSize(options);
  const from = Math.max(0, range?.from ?? 0);
  const to = Math.min(size, range?.to ?? size);
  for (let index = from; index < to; index += 1) yield generateCase(options, index);
}

/** One chunk as an array (for a worker message). */
export function generateCaseloadChunk(options: CaseloadOptions, range: CaseRange): CaseFile[] {
  return [...generateCaseload(options, range)];
}
