/**
 * Writes the JSON Schema of the case file interchange format (`ercms-case-file/1`) to
 * docs/. Run with `npm run schema` after changing shared/model; the unit test
 * tests/unit/model/caseFileJsonSchema.test.ts fails while the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASE_FILE_JSON_SCHEMA_PATH, caseFileJsonSchemaText } from '../../shared/model';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = resolve(repositoryRoot, CASE_FILE_JSON_SCHEMA_PATH);
writeFileSync(target, caseFileJsonSchemaText(), 'utf8');
console.log(`Wrote ${CASE_FILE_JSON_SCHEMA_PATH}`);
