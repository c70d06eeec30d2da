import type {
  CaseFile,
  Custody,
  Decision,
  DetentionPeriod,
  DublinRequest,
  FamilyLink,
  FitnessToTravel,
  Identity,
  IdentityDocument,
  Nationality,
  NonRefoulementAssessment,
  Person,
  ReadmissionRequest,
  RecordMeta,
  ResidencyStatus,
  ReturnOperation,
  SentenceTransfer,
  Vulnerability,
} from '../model';
import { seededUuid, type SeededRandom } from './random';

/** The fictitious trainer every training record names as its author. */
export const TRAINING_AUTHOR = 'user-trainer-demo';

/**
 * Builds valid records of a training case file. Ids come from the seeded generator so a
 * scenario or a caseload is reproducible; every record is written "at" one timestamp.
 */
export interface CaseBuilder {
  meta(): RecordMeta;
}

export function caseBuilder(random: SeededRandom, at: string, by: string = TRAINING_AUTHOR): CaseBuilder {
  return {
    meta: () => ({ id: seededUuid(random), createdAt: at, updatedAt: at, updatedBy: by, version: 1 }),
  };
}

/** A record without its meta fields (distributes over unions such as Decision). */
type Without<T> = T extends unknown ? Omit<T, keyof RecordMeta> : never;

/** What a case file needs besides its records: the rest starts empty and is filled by the caller. */
export interface CaseCore {
  reference: string;
  stage: CaseFile['stage'];
  route: CaseFile['route'];
  openedOn: string;
  person: Without<Person>;
  priority?: CaseFile['priority'];
  office?: string;
}

export function emptyCase(builder: CaseBuilder, core: CaseCore): CaseFile {
  return {
    ...builder.meta(),
    reference: core.reference,
    office: core.office ?? 'BRU',
    assigneeId: TRAINING_AUTHOR,
    stage: core.stage,
    route: core.route,
    priority: core.priority ?? 'normal',
    openedOn: core.openedOn,
    training: true,
    person: { ...builder.meta(), ...core.person },
    identities: [],
    nationalities: [],
    documents: [],
    residencyHistory: [],
    sentenceTransfers: [],
    familyLinks: [],
    vulnerabilities: [],
    fitnessAssessments: [],
    nonRefoulementAssessments: [],
    decisions: [],
    appeals: [],
    detentionPeriods: [],
    readmissionRequests: [],
    transitRequests: [],
    dublinRequests: [],
    pendingApprovals: [],
  };
}

export const record = {
  identity: (builder: CaseBuilder, fields: Without<Identity>): Identity => ({ ...builder.meta(), ...fields }),
  nationality: (builder: CaseBuilder, fields: Without<Nationality>): Nationality => ({ ...builder.meta(), ...fields }),
  document: (builder: CaseBuilder, fields: Without<IdentityDocument>): IdentityDocument => ({ ...builder.meta(), ...fields }),
  residency: (builder: CaseBuilder, fields: Without<ResidencyStatus>): ResidencyStatus => ({ ...builder.meta(), ...fields }),
  custody: (builder: CaseBuilder, fields: Without<Custody>): Custody => ({ ...builder.meta(), ...fields }),
  sentenceTransfer: (builder: CaseBuilder, fields: Without<SentenceTransfer>): SentenceTransfer => ({ ...builder.meta(), ...fields }),
  decision: (builder: CaseBuilder, fields: Without<Decision>): Decision => ({ ...builder.meta(), ...fields }),
  detention: (builder: CaseBuilder, fields: Without<DetentionPeriod>): DetentionPeriod => ({ ...builder.meta(), ...fields }),
  readmission: (builder: CaseBuilder, fields: Without<ReadmissionRequest>): ReadmissionRequest => ({ ...builder.meta(), ...fields }),
  dublin: (builder: CaseBuilder, fields: Without<DublinRequest>): DublinRequest => ({ ...builder.meta(), ...fields }),
  family: (builder: CaseBuilder, fields: Without<FamilyLink>): FamilyLink => ({ ...builder.meta(), ...fields }),
  vulnerability: (builder: CaseBuilder, fields: Without<Vulnerability>): Vulnerability => ({ ...builder.meta(), ...fields }),
  fitness: (builder: CaseBuilder, fields: Without<FitnessToTravel>): FitnessToTravel => ({ ...builder.meta(), ...fields }),
  nonRefoulement: (builder: CaseBuilder, fields: Without<NonRefoulementAssessment>): NonRefoulementAssessment => ({ ...builder.meta(), ...fields }),
  returnOperation: (builder: CaseBuilder, fields: Without<ReturnOperation>): ReturnOperation => ({ ...builder.meta(), ...fields }),
};
