import type { CaseFile } from '../../../shared/model/caseFile';
import { PHONETIC_MARK, INFIX_MARK } from '../../../shared/search/nameSearchKeys';
import { MIN_NUMBER_PART_LENGTH, numberPartKey, numberTailKeys } from '../../../shared/search/numberTails';
import type { CaseIndexFields, CaseRow } from './caseRow';
import type { CaseSearchKeys } from './caseSearchKeys';
import { SORT_NAME_SEPARATOR } from './caseRow';
import { openRecord, sealRecord } from './recordCipher';
import type { RecordKeys } from './recordKeys';
import { searchTokenizer } from './searchTokens';

/**
 * A case row as a sealed store keeps it (issue 14, point 2): the case file sealed under the
 * record key, and only these index fields in clear, each needed to list, filter, sort or count
 * cases without opening every record, and none naming the person:
 *
 * - `id`, `reference` (RC-2026-000123, the office's own number); `stage`, `route`, `nationality` (a country code), `assignee` (a staff
 *   account id); `updatedAt`, `nextDeadline`, `deadlineOrder`, `awaitingApprovalSince` (dates);
 *   `auditEvent` / `auditSeal` (hashes).
 * - `sortName`: only the first SORT_BUCKET_LENGTH letters of the folded family name, so that
 *   sorting by name groups by those letters; within a group cases follow their id. The full
 *   name would give the name away; two letters say little more than an initial.
 * - beside the row, in `caseKeys` (sealCaseSearchKeys below): `nameKeys`, `documentNumbers`
 *   and the document part of `numberTails` hold keyed tokens (searchTokens.ts), never the words
 *   or numbers; the reference's part of `numberTails` (its tails, for a part of it) is clear.
 *
 * The audit's hashes and seals are over the case file in clear (auditedWrite.ts), as before:
 * sealing changes how a row is stored, not what the audit trail says about it, so a trail
 * written before encryption verifies after it.
 */
export interface SealedCaseRow extends Omit<CaseRow, 'caseFile' | 'keyId'> {
  /** The data key the record was sealed under. */
  keyId: string;
  /** Nonce and ciphertext of the case file (recordCipher.ts). */
  sealed: Uint8Array;
}

export const SORT_BUCKET_LENGTH = 2;

export function isSealedCaseRow(row: unknown): row is SealedCaseRow {
  return typeof row === 'object' && row !== null && (row as Partial<SealedCaseRow>).sealed instanceof Uint8Array;
}

function caseLabel(databaseName: string, caseId: string): string {
  return `ercms-case|${databaseName}|${caseId}`;
}

/** The clear name words of a row's name keys: what the search lexicon keeps (searchLexicon.ts). */
export function nameWordsOf(nameKeys: readonly string[]): string[] {
  return nameKeys.filter((key) => !key.startsWith(PHONETIC_MARK) && !key.startsWith(INFIX_MARK));
}

/** The tokens a sealed row's `nameKeys` hold: one per folded word, one per phonetic key (tails are served by the lexicon). */
export function nameKeyTokens(keys: RecordKeys, nameKeys: readonly string[]): string[] {
  const tokenizer = searchTokenizer(keys);
  const tokens = new Set<string>();
  for (const key of nameKeys) {
    if (key.startsWith(INFIX_MARK)) continue;
    tokens.add(key.startsWith(PHONETIC_MARK) ? tokenizer.token('phonetic', key) : tokenizer.token('word', key));
  }
  return [...tokens];
}

/** Every run of MIN_NUMBER_PART_LENGTH characters of a document number (as numberPartKey gives it). */
export function documentParts(number: string): string[] {
  const key = numberPartKey(number);
  const parts = new Set<string>();
  for (let start = 0; start + MIN_NUMBER_PART_LENGTH <= key.length; start++) parts.add(key.slice(start, start + MIN_NUMBER_PART_LENGTH));
  return [...parts];
}

/**
 * The fields a sealed row keeps in clear, and nothing else: a row read back may carry more (a
 * store upgraded to v9 leaves the search keys it held before in each row until it is next
 * written, in clear if the store was clear), and none of that may reach the sealed row.
 */
const CLEAR_FIELDS = [
  'id',
  'reference',
  'stage',
  'updatedAt',
  'assignee',
  'nationality',
  'route',
  'nextDeadline',
  'deadlineOrder',
  'sortName',
  'awaitingApprovalSince',
  'auditEvent',
  'auditSeal',
] as const satisfies readonly (keyof Omit<SealedCaseRow, 'keyId' | 'sealed'>)[];

export function sealCaseRow(row: CaseRow, keys: RecordKeys, databaseName: string): SealedCaseRow {
  const kept: Record<string, unknown> = {};
  for (const field of CLEAR_FIELDS) if (row[field] !== undefined) kept[field] = row[field];
  const index = kept as unknown as CaseIndexFields & Pick<CaseRow, 'auditEvent' | 'auditSeal'>;
  const sealedIndex = { ...index, sortName: (row.sortName.split(SORT_NAME_SEPARATOR)[0] ?? '').slice(0, SORT_BUCKET_LENGTH) };
  return { ...sealedIndex, keyId: keys.keyId, sealed: sealRecord(keys, caseLabel(databaseName, row.id), row.caseFile) };
}

/**
 * A case's search keys as a sealed store keeps them (`caseKeys`, caseSearchKeys.ts): one token
 * per folded name word and per phonetic key (the tails are served by the lexicon), one per
 * document number and per run of four characters of one, and the reference's tails in clear
 * (the office's own number, in clear on the case row too). The numbers as recorded go.
 */
export function sealCaseSearchKeys(row: CaseSearchKeys, keys: RecordKeys): CaseSearchKeys {
  const tokenizer = searchTokenizer(keys);
  const documentPartTokens = new Set<string>();
  for (const number of row.numbers?.documents ?? []) for (const part of documentParts(number)) documentPartTokens.add(tokenizer.token('documentPart', part));
  return {
    id: row.id,
    keyId: keys.keyId,
    nameKeys: nameKeyTokens(keys, row.nameKeys),
    documentNumbers: row.documentNumbers.map((number) => tokenizer.token('document', number)),
    numberTails: [...numberTailKeys(row.numbers ? [row.numbers.reference] : []), ...documentPartTokens],
  };
}

export function isSealedCaseSearchKeys(row: unknown): row is CaseSearchKeys & { keyId: string } {
  return typeof row === 'object' && row !== null && typeof (row as Partial<CaseSearchKeys>).keyId === 'string';
}

/**
 * The row with its case file opened when it is first read: the index fields stay as stored
 * (tokens), as paging, filtering and counting read them, and `keyId` says it was stored sealed
 * (the migration skips such rows). A filter or a search that passes over a row for its stage,
 * nationality or id never decrypts it (filtering 50 cases of one stage and nationality at
 * 100,000 cases passes over two for each one kept). The keys are asked for at that first read,
 * not held by the row: a row first read after the screen locked is refused like any read then.
 */
export function openCaseRow(row: SealedCaseRow, keys: () => RecordKeys, databaseName: string): CaseRow {
  const { sealed, ...index } = row;
  const label = caseLabel(databaseName, row.id);
  let caseFile: CaseFile | undefined;
  return Object.defineProperty(index, 'caseFile', {
    enumerable: true,
    configurable: true,
    get: () => (caseFile ??= openRecord(keys(), label, sealed) as CaseFile),
    set: (value: CaseFile) => {
      caseFile = value;
    },
  }) as CaseRow;
}
