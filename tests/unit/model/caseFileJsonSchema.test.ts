import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CASE_FILE_JSON_SCHEMA_PATH, CaseFileExportSchema, NationalityEvidenceKindSchema, caseFileJsonSchemaText } from '../../../shared/model';

const repositoryRoot = resolve(import.meta.dirname, '..', '..', '..');
const fixturesFolder = join(repositoryRoot, 'tests', 'fixtures');
const committedSchemaText = readFileSync(join(repositoryRoot, CASE_FILE_JSON_SCHEMA_PATH), 'utf8');
const fixtureNames = readdirSync(fixturesFolder).filter((name) => name.endsWith('.json'));

function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(fixturesFolder, name), 'utf8'));
}

/** ajv checks formats through the patterns zod writes next to them, so `format` is annotation only. */
function compileCommittedSchema() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
  return ajv.compile(JSON.parse(committedSchemaText) as object);
}

describe('ercms-case-file/1 JSON Schema', () => {
  it('is committed exactly as npm run schema generates it (run `npm run schema` if this fails)', () => {
    expect(committedSchemaText).toBe(caseFileJsonSchemaText());
  });

  it('has fixtures to validate', () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(5);
  });

  it.each(fixtureNames)('validates the fixture %s', (name) => {
    const validate = compileCommittedSchema();
    const document = readFixture(name);
    const valid = validate(document);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The zod schema, which the app uses on import, agrees with the JSON Schema.
    expect(CaseFileExportSchema.safeParse(document).success).toBe(true);
  });

  it('rejects a file of another format version, a malformed reference and an unknown stage', () => {
    const validate = compileCommittedSchema();
    const document = readFixture('kosovo-readmission.json') as { format: string; cases: Record<string, unknown>[] };
    expect(validate({ ...document, format: 'ercms-case-file/2' })).toBe(false);

    const [firstCase] = document.cases;
    expect(firstCase).toBeDefined();
    expect(validate({ ...document, cases: [{ ...firstCase, reference: 'case 204' }] })).toBe(false);
    expect(validate({ ...document, cases: [{ ...firstCase, stage: 'NOT_A_STAGE' }] })).toBe(false);
  });

  it('tolerates a field it does not know (additive changes within version 1), as the zod parser does', () => {
    const validate = compileCommittedSchema();
    const document = readFixture('kosovo-readmission.json') as { cases: Record<string, unknown>[] };
    const [firstCase] = document.cases;
    const extended = { ...document, cases: [{ ...firstCase, addedInALaterMinorVersion: true }] };
    expect(validate(extended)).toBe(true);
    const parsed = CaseFileExportSchema.parse(extended);
    expect(parsed.cases[0]).not.toHaveProperty('addedInALaterMinorVersion');
  });

  it('rejects a legal date with a time and a timestamp without an offset', () => {
    const validate = compileCommittedSchema();
    const document = readFixture('kosovo-readmission.json') as { cases: Record<string, unknown>[] };
    const [firstCase] = document.cases;
    expect(validate({ ...document, cases: [{ ...firstCase, openedOn: '2026-09-12T10:00:00Z' }] })).toBe(false);
    expect(validate({ ...document, exportedAt: '2026-11-23 08:00' })).toBe(false);
  });

  it('offers a passport as the first kind of evidence of a nationality (issue 12: the annexes list passports first), in both schemas', () => {
    expect(NationalityEvidenceKindSchema.options[0]).toBe('passport');
    const validate = compileCommittedSchema();
    const document = readFixture('albania-custody-expulsion.json') as { cases: { nationalities: { evidence: { kind: string }[] }[] }[] };
    const [firstCase] = document.cases;
    const [nationality] = firstCase?.nationalities ?? [];
    expect(nationality?.evidence.length).toBeGreaterThan(0);
    const withPassport = {
      ...document,
      cases: [{ ...firstCase, nationalities: [{ ...nationality, evidence: [{ kind: 'passport', description: 'Albanian passport seen' }] }] }],
    };
    expect(validate(withPassport)).toBe(true);
    expect(CaseFileExportSchema.safeParse(withPassport).success).toBe(true);
  });
});
