import { describe, expect, it } from 'vitest';
import { threeWayMerge, type MergeChoice } from '../../../shared/workflow/threeWayMerge';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';

const person = { sex: 'male', dateOfBirth: '1991-02-08', placeOfBirth: 'Durrës', languages: ['sq'] };

interface Row {
  title: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
  merged: unknown;
  conflicts?: string[];
  choices?: Record<string, MergeChoice>;
}

const rows: Row[] = [
  {
    title: 'different fields: both changes survive',
    base: person,
    mine: { ...person, placeOfBirth: 'Tiranë' },
    theirs: { ...person, dateOfBirth: '1991-02-09' },
    merged: { ...person, placeOfBirth: 'Tiranë', dateOfBirth: '1991-02-09' },
  },
  {
    title: 'the same field changed to the same value is no conflict',
    base: person,
    mine: { ...person, placeOfBirth: 'Tiranë' },
    theirs: { ...person, placeOfBirth: 'Tiranë' },
    merged: { ...person, placeOfBirth: 'Tiranë' },
  },
  {
    title: 'the same field changed differently is a conflict, stored value until chosen',
    base: person,
    mine: { ...person, placeOfBirth: 'Tiranë' },
    theirs: { ...person, placeOfBirth: 'Shkodër' },
    merged: { ...person, placeOfBirth: 'Shkodër' },
    conflicts: ['placeOfBirth'],
  },
  {
    title: 'the same field, my value chosen',
    base: person,
    mine: { ...person, placeOfBirth: 'Tiranë' },
    theirs: { ...person, placeOfBirth: 'Shkodër', sex: 'female' },
    merged: { ...person, placeOfBirth: 'Tiranë', sex: 'female' },
    conflicts: ['placeOfBirth'],
    choices: { placeOfBirth: 'mine' },
  },
  {
    title: 'a field I cleared while they left it stays cleared; one they cleared stays cleared',
    base: person,
    mine: { sex: 'male', dateOfBirth: '1991-02-08', languages: ['sq'] },
    theirs: { sex: 'male', placeOfBirth: 'Durrës', languages: ['sq'] },
    merged: { sex: 'male', languages: ['sq'] },
  },
  {
    title: 'languages as a set: what each side added is kept, what each removed goes',
    base: { languages: ['sq', 'it'] },
    mine: { languages: ['sq', 'it', 'en'] },
    theirs: { languages: ['sq', 'fr'] },
    merged: { languages: ['sq', 'fr', 'en'] },
  },
  {
    title: 'aliases by record id: their change to one alias and mine to another both stay',
    base: {
      aliases: [
        { id: A, familyName: 'Hoxa' },
        { id: B, familyName: 'Hodja' },
      ],
    },
    mine: {
      aliases: [
        { id: A, familyName: 'Hoxhaj' },
        { id: B, familyName: 'Hodja' },
      ],
    },
    theirs: {
      aliases: [
        { id: A, familyName: 'Hoxa' },
        { id: B, familyName: 'Hoca' },
      ],
    },
    merged: {
      aliases: [
        { id: A, familyName: 'Hoxhaj' },
        { id: B, familyName: 'Hoca' },
      ],
    },
  },
  {
    title: 'aliases: a new one of mine (no id yet) and a new one of theirs are both kept',
    base: { aliases: [{ id: A, familyName: 'Hoxa' }] },
    mine: { aliases: [{ id: A, familyName: 'Hoxa' }, { familyName: 'Hoxhë' }] },
    theirs: {
      aliases: [
        { id: A, familyName: 'Hoxa' },
        { id: C, familyName: 'Hodza' },
      ],
    },
    merged: { aliases: [{ id: A, familyName: 'Hoxa' }, { id: C, familyName: 'Hodza' }, { familyName: 'Hoxhë' }] },
  },
  {
    title: 'aliases: one I removed and they left alone goes, one they removed and I left alone goes',
    base: {
      aliases: [
        { id: A, familyName: 'Hoxa' },
        { id: B, familyName: 'Hodja' },
      ],
    },
    mine: { aliases: [{ id: B, familyName: 'Hodja' }] },
    theirs: { aliases: [{ id: A, familyName: 'Hoxa' }] },
    merged: { aliases: [] },
  },
  {
    title: 'an alias I removed that they changed is a conflict (kept as stored until chosen)',
    base: { aliases: [{ id: A, familyName: 'Hoxa' }] },
    mine: { aliases: [] },
    theirs: { aliases: [{ id: A, familyName: 'Hoxha' }] },
    merged: { aliases: [{ id: A, familyName: 'Hoxha' }] },
    conflicts: [`aliases.#${A}`],
  },
  {
    title: 'an alias I removed that they changed, removal chosen',
    base: { aliases: [{ id: A, familyName: 'Hoxa' }] },
    mine: { aliases: [] },
    theirs: { aliases: [{ id: A, familyName: 'Hoxha' }] },
    merged: { aliases: [] },
    conflicts: [`aliases.#${A}`],
    choices: { [`aliases.#${A}`]: 'mine' },
  },
  {
    title: 'an alias I changed that they removed is a conflict (removed until chosen)',
    base: { aliases: [{ id: A, familyName: 'Hoxa' }] },
    mine: { aliases: [{ id: A, familyName: 'Hoxha' }] },
    theirs: { aliases: [] },
    merged: { aliases: [] },
    conflicts: [`aliases.#${A}`],
  },
  {
    title: 'nationalities: the same record changed in different fields, evidence merged as a set',
    base: { nationalities: [{ id: A, country: 'AL', status: 'claimed', evidence: [{ kind: 'statement', description: 'Says so' }] }] },
    mine: {
      nationalities: [
        {
          id: A,
          country: 'AL',
          status: 'proven',
          evidence: [
            { kind: 'statement', description: 'Says so' },
            { kind: 'passport', description: 'Valid passport' },
          ],
        },
      ],
    },
    theirs: {
      nationalities: [
        {
          id: A,
          country: 'AL',
          status: 'claimed',
          evidence: [
            { kind: 'statement', description: 'Says so' },
            { kind: 'birth_certificate', description: 'Copy' },
          ],
        },
      ],
    },
    merged: {
      nationalities: [
        {
          id: A,
          country: 'AL',
          status: 'proven',
          evidence: [
            { kind: 'statement', description: 'Says so' },
            { kind: 'birth_certificate', description: 'Copy' },
            { kind: 'passport', description: 'Valid passport' },
          ],
        },
      ],
    },
  },
  {
    title: 'nationalities: the same status changed two ways is one conflict at that record',
    base: { nationalities: [{ id: A, country: 'AL', status: 'claimed', evidence: [] }] },
    mine: { nationalities: [{ id: A, country: 'AL', status: 'proven', evidence: [] }] },
    theirs: { nationalities: [{ id: A, country: 'AL', status: 'denied', evidence: [] }] },
    merged: { nationalities: [{ id: A, country: 'AL', status: 'denied', evidence: [] }] },
    conflicts: [`nationalities.#${A}.status`],
  },
  {
    title: 'nothing typed: the stored version as it is',
    base: person,
    mine: person,
    theirs: { ...person, sex: 'female' },
    merged: { ...person, sex: 'female' },
  },
];

describe('three-way merge of a section (issue 13, point 6)', () => {
  it.each(rows)('$title', ({ base, mine, theirs, merged, conflicts = [], choices }) => {
    const result = threeWayMerge(base, mine, theirs, choices);
    expect(result.merged).toEqual(merged);
    expect(result.conflicts.map((conflict) => conflict.key)).toEqual(conflicts);
  });

  it('shows both sides of a conflict with what was opened', () => {
    const [conflict] = threeWayMerge(person, { ...person, placeOfBirth: 'Tiranë' }, { ...person, placeOfBirth: 'Shkodër' }).conflicts;
    expect(conflict).toEqual({ key: 'placeOfBirth', path: ['placeOfBirth'], base: 'Durrës', mine: 'Tiranë', theirs: 'Shkodër' });
  });
});
