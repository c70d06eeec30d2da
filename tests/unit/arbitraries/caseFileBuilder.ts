/**
 * Builders for valid case files and their records, for tests and for writing fixtures.
 * Every builder returns a record that passes the zod schema; tests override the fields
 * they are about.
 */
import type {
  Actor,
  CaseFile,
  Custody,
  Decision,
  DetentionPeriod,
  FamilyLink,
  FitnessToTravel,
  IdentityDocument,
  Nationality,
  NationalityStatus,
  NonRefoulementAssessment,
  ReadmissionRequest,
  RecordMeta,
  ReturnOperation,
  Vulnerability,
} from '../../../shared/model';

const builderTimestamp = '2026-11-02T09:00:00.000Z';
let idCounter = 0;

/** A fresh, valid (version 4 layout) UUID, deterministic within one process. */
export function nextTestId(): string {
  idCounter += 1;
  return `00000000-0000-4000-8000-${idCounter.toString(16).padStart(12, '0')}`;
}

export function testMeta(at: string = builderTimestamp, by = 'user-caseworker-1'): RecordMeta {
  return { id: nextTestId(), createdAt: at, updatedAt: at, updatedBy: by, version: 1 };
}

export const caseworker: Actor = { userId: 'user-caseworker-1', displayName: 'An Peeters', role: 'caseworker' };
export const otherCaseworker: Actor = { userId: 'user-caseworker-2', displayName: 'Luc Janssens', role: 'caseworker' };
export const supervisor: Actor = { userId: 'user-supervisor-1', displayName: 'Marie Dubois', role: 'supervisor' };
export const otherSupervisor: Actor = { userId: 'user-supervisor-2', displayName: 'Jan De Smet', role: 'supervisor' };
export const trainer: Actor = { userId: 'user-trainer-1', displayName: 'Els Maes', role: 'trainer' };
export const administrator: Actor = { userId: 'user-admin-1', displayName: 'Tom Claes', role: 'administrator' };

export function buildNationality(country: string, status: NationalityStatus, overrides: Partial<Nationality> = {}): Nationality {
  return {
    ...testMeta(),
    country,
    status,
    evidence:
      status === 'claimed' ? [{ kind: 'personal_statement', description: 'Declared at the interview' }] : [{ kind: 'document', description: 'Passport seen' }],
    ...(status === 'proven' || status === 'prima_facie' ? { verifiedBy: 'user-caseworker-1', verifiedOn: '2026-11-02' } : {}),
    ...overrides,
  };
}

export function buildDocument(overrides: Partial<IdentityDocument> = {}): IdentityDocument {
  return { ...testMeta(), type: 'passport', form: 'original', evidenceClass: 'proof', authenticity: 'genuine', ...overrides };
}

export function buildOrderToLeave(overrides: Partial<Extract<Decision, { type: 'order_to_leave' }>> = {}): Decision {
  return {
    ...testMeta(),
    type: 'order_to_leave',
    decidedOn: '2026-10-01',
    notifiedOn: '2026-10-01',
    decidedBy: 'user-caseworker-1',
    legalBasis: 'Aliens Act Art. 7 and 74/14',
    departureDays: 30,
    shortenedPeriodGrounds: [],
    ...overrides,
  };
}

export function buildCustody(overrides: Partial<Custody> = {}): Custody {
  return {
    ...testMeta(),
    prison: 'Prison de Haren',
    offences: [{ description: 'Drug trafficking', category: 'drugs' }],
    ...overrides,
  };
}

export function buildChild(overrides: Partial<FamilyLink> = {}): FamilyLink {
  return { ...testMeta(), relation: 'child', name: 'Child', dateOfBirth: '2019-03-04', minor: true, accompanying: true, ...overrides };
}

export function buildVulnerability(category: Extract<Vulnerability, { basis: 'return_directive_3_9' }>['category']): Vulnerability {
  return { ...testMeta(), basis: 'return_directive_3_9', category, assessedOn: '2026-11-02', assessedBy: 'user-caseworker-1' };
}

export function buildFitness(outcome: FitnessToTravel['outcome'] = 'fit', overrides: Partial<FitnessToTravel> = {}): FitnessToTravel {
  return { ...testMeta(), outcome, assessedOn: '2026-11-10', assessedBy: 'Dr. V. Lambert', ...overrides };
}

export function buildNonRefoulement(destinationCountry: string, outcome: NonRefoulementAssessment['outcome'] = 'cleared'): NonRefoulementAssessment {
  return { ...testMeta(), destinationCountry, outcome, assessedOn: '2026-11-05', assessedBy: 'user-caseworker-1' };
}

export function buildDetentionPeriod(overrides: Partial<DetentionPeriod> = {}): DetentionPeriod {
  return { ...testMeta(), centre: '127bis Steenokkerzeel', detentionType: 'return', publicOrder: false, titleNumber: 1, startedOn: '2026-11-01', ...overrides };
}

export function buildReadmissionRequest(overrides: Partial<ReadmissionRequest> = {}): ReadmissionRequest {
  return {
    ...testMeta(),
    agreementId: 'eu_albania',
    requestedState: 'AL',
    subject: 'own_national',
    procedure: 'standard',
    status: 'DRAFT',
    sendCount: 0,
    evidenceDocumentIds: [],
    attachments: { requestForm: true, photo: true, fingerprints: true, documentCopies: true },
    transferObstacles: [],
    ...overrides,
  };
}

export function buildReturnOperation(overrides: Partial<ReturnOperation> = {}): ReturnOperation {
  return { ...testMeta(), kind: 'forced', carrier: 'police_escort', destinationCountry: 'AL', escorts: 2, attempts: [], ...overrides };
}

/** A minimal valid case at intake: one claimed identity, no nationality established yet. */
export function buildCaseFile(overrides: Partial<CaseFile> = {}): CaseFile {
  return {
    ...testMeta(),
    reference: 'RC-2026-000001',
    office: 'BRU',
    assigneeId: 'user-caseworker-1',
    stage: 'INTAKE',
    route: 'undetermined',
    priority: 'normal',
    openedOn: '2026-11-02',
    training: false,
    person: {
      ...testMeta(),
      sex: 'male',
      dateOfBirth: '1990-05-17',
      dateOfBirthEstimated: false,
      languages: ['sq'],
      stateless: false,
      biometricReferences: [],
    },
    identities: [{ ...testMeta(), familyName: 'Hoxha', givenNames: 'Arben', primary: true, source: 'declared', confidence: 'medium' }],
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
    ...overrides,
  };
}
