import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CustodySchema, OffenceSchema } from '../../../shared/model/custody';
import { IdentityDocumentSchema } from '../../../shared/model/document';
import { NationalityEvidenceSchema } from '../../../shared/model/nationality';
import { PersonSchema } from '../../../shared/model/person';
import { ResidencyStatusSchema } from '../../../shared/model/residencyStatus';
import { VulnerabilitySchema } from '../../../shared/model/vulnerability';

/**
 * Issue 13, point 5: every name and free text a caseworker types (not only the person's
 * names) is NFC-normalised and refuses control, zero-width and direction-changing characters.
 */
const [returnDirectiveVulnerability] = VulnerabilitySchema.options;
const fields: [string, z.ZodType][] = [
  ['evidence description', NationalityEvidenceSchema.shape.description],
  ['document issuer', IdentityDocumentSchema.shape.issuer],
  ['document remarks', IdentityDocumentSchema.shape.description],
  ['offence', OffenceSchema.shape.description],
  ['prison', CustodySchema.shape.prison],
  ['court', CustodySchema.shape.court],
  ['residency note', ResidencyStatusSchema.shape.note],
  ['vulnerability description', returnDirectiveVulnerability.shape.description],
  ['language', PersonSchema.shape.languages.element],
];

describe('names and free text in every typed field', () => {
  it.each(fields)('%s refuses a right-to-left override, a zero-width space and a control character', (_name, schema) => {
    for (const text of ['Tiran\u202Eë', 'Tira\u200Bnë', 'Tira\u0007në']) expect(schema.safeParse(text).success, JSON.stringify(text)).toBe(false);
  });

  it.each(fields)('%s is NFC-normalised and keeps ZWNJ', (_name, schema) => {
    expect(schema.parse('Durre\u0308s')).toBe('Durrës');
    expect(schema.parse('\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645')).toBe('\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645');
  });
});
