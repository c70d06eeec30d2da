import { describe, expect, it } from 'vitest';
import type { AuditEvent, CaseFile } from '../../../../shared/model';
import { AppRouteSchema } from '../../../../shared/ipc';
import { dueSoonPolicy } from '../../../../shared/reference';
import type { FigureFilter } from '../../../../shared/reports';
import { createPseudonymiser } from '../../../../shared/reports/export/pseudonymiser';
import { casePrintModel } from '../../../../renderer/src/features/case-file/print/casePrintModel';
import { cssString, pageCounterContent, pageMarginCss } from '../../../../renderer/src/features/case-file/print/pageMarginCss';
import { PRINT_TICKET_LIFETIME_MS, printTicket, ticketSession } from '../../../../renderer/src/features/case-file/print/printTicket';
import { casePrintPath, printRouteRequest, selectionPrintPath } from '../../../../renderer/src/store/casePrintRoute';
import { generateCase } from '../../../bench/caseGenerator';

const today = '2026-11-23';
const key = new Uint8Array(32).fill(7);

/** A generated case with what the pseudonymised copy must hide: a place of birth, an alias, a document number, evidence text. */
function caseWithPersonalData(): CaseFile {
  const caseFile = structuredClone(generateCase(3));
  caseFile.person = { ...caseFile.person, dateOfBirth: '1990-03-23', dateOfBirthEstimated: false, placeOfBirth: 'Shkodër' };
  const primary = caseFile.identities[0];
  if (!primary) throw new Error('The generated case has no identity');
  caseFile.identities = [
    { ...primary, familyName: 'Hoxha', givenNames: 'Ilir', primary: true },
    { ...primary, id: crypto.randomUUID(), familyName: 'Hoxa', givenNames: 'Iliri', primary: false },
  ];
  const document = caseFile.documents[0];
  if (!document) throw new Error('The generated case has no document');
  caseFile.documents = [{ ...document, number: 'I40512377K' }];
  caseFile.nationalities = caseFile.nationalities.map((nationality) => ({
    ...nationality,
    evidence: [{ kind: 'document', description: 'Passport I40512377K of Ilir Hoxha' }],
  }));
  return caseFile;
}

function event(caseFile: CaseFile, at: string, reason?: string): AuditEvent {
  return {
    id: crypto.randomUUID(),
    caseId: caseFile.id,
    actor: { userId: 'u1', displayName: 'Marie Dubois', role: 'supervisor' },
    at,
    action: 'case.imported',
    changes: [],
    ...(reason ? { reason } : {}),
  };
}

describe('casePrintModel: one case as the PDF shows it', () => {
  it('shows the person as recorded, the history oldest first', () => {
    const caseFile = caseWithPersonalData();
    const events = [event(caseFile, '2026-11-02T10:00:00.000Z'), event(caseFile, '2026-11-01T10:00:00.000Z', 'typed reason')];
    const model = casePrintModel(caseFile, events, { today, dueSoon: dueSoonPolicy });
    expect(model.pseudonymised).toBe(false);
    expect(model.header.name).toBe('HOXHA Ilir');
    expect(model.header.aliases).toEqual(['HOXA Iliri']);
    expect(model.birth).toEqual({ kind: 'date', date: '1990-03-23', estimated: false });
    expect(model.placeOfBirth).toBe('Shkodër');
    expect(model.documents[0]?.number).toBe('I40512377K');
    expect(model.timeline.map((entry) => entry.at)).toEqual(['2026-11-01T10:00:00.000Z', '2026-11-02T10:00:00.000Z']);
    expect(model.timeline[0]?.reason).toBe('typed reason');
    expect(model.eligibility.map((section) => section.id)).toContain('voluntary');
  });

  it('the pseudonymised copy: pseudonyms for names and document numbers, the year of birth, no free text; the same verdicts', () => {
    const caseFile = caseWithPersonalData();
    const events = [event(caseFile, '2026-11-01T10:00:00.000Z', 'Ilir Hoxha asked for a lawyer')];
    const plain = casePrintModel(caseFile, events, { today, dueSoon: dueSoonPolicy });
    const pseudonymiser = createPseudonymiser(key);
    const model = casePrintModel(caseFile, events, { today, dueSoon: dueSoonPolicy, pseudonymiser });
    const printed = JSON.stringify(model);
    expect(model.pseudonymised).toBe(true);
    expect(model.header.name).toMatch(/^NAME-[0-9A-Z]{10}$/);
    expect(model.header.name).toBe(pseudonymiser.pseudonym('name', 'HOXHA Ilir'));
    expect(model.identities[0]?.name).toBe(model.header.name);
    expect(model.header.aliases[0]).toMatch(/^NAME-/);
    expect(model.documents[0]?.number).toMatch(/^DOC-[0-9A-Z]{10}$/);
    expect(model.birth).toEqual({ kind: 'year', year: 1990 });
    expect(model.header.dateOfBirth).toBeUndefined();
    expect(model.placeOfBirth).toBeUndefined();
    expect(model.nationalities[0]?.evidence[0]?.description).toBeUndefined();
    expect(model.timeline[0]?.reason).toBeUndefined();
    for (const secret of ['Hoxha', 'HOXHA', 'Ilir', 'I40512377K', 'Shkodër', '1990-03-23']) expect(printed).not.toContain(secret);
    expect(model.eligibility.map((section) => section.assessment.verdict)).toEqual(plain.eligibility.map((section) => section.assessment.verdict));
    expect(model.deadlines).toEqual(plain.deadlines);
  });

  it('one key per document: the same person gets the same pseudonym in every case of the PDF', () => {
    const pseudonymiser = createPseudonymiser(key);
    const first = casePrintModel(caseWithPersonalData(), [], { today, dueSoon: dueSoonPolicy, pseudonymiser });
    const second = casePrintModel(caseWithPersonalData(), [], { today, dueSoon: dueSoonPolicy, pseudonymiser });
    expect(second.header.name).toBe(first.header.name);
  });
});

describe('the page margin boxes', () => {
  it('words the page counter in the interface language around counter(page) and counter(pages)', () => {
    expect(pageCounterContent('Page {{page}} of {{pages}}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageCounterContent('Faqja {{page}} nga {{pages}}')).toBe('"Faqja " counter(page) " nga " counter(pages)');
    expect(pageCounterContent('{{page}}/{{pages}}')).toBe('counter(page) "/" counter(pages)');
  });

  it('escapes quotes and backslashes of the texts it places in CSS', () => {
    expect(cssString('Say "hi" \\ now')).toBe('"Say \\"hi\\" \\\\ now"');
    expect(cssString('a\nb')).toBe('"a b"');
  });

  it('puts the training stamp at the top of every page only when there is one', () => {
    const text = { pageOf: 'Page {{page}} of {{pages}}', generated: 'Generated by An Peeters', title: 'Case file RC-2026-000001' };
    const training = pageMarginCss({ ...text, stamp: 'TRAINING — fictitious data' });
    expect(training).toContain('@top-center { content: "TRAINING — fictitious data"');
    expect(training).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages)');
    expect(training).toContain('@bottom-left { content: "Generated by An Peeters"');
    expect(pageMarginCss({ ...text, stamp: undefined })).not.toContain('@top-center');
  });
});

describe('the print route address', () => {
  const figure: FigureFilter = {
    key: { figure: 'pending', stage: 'INTAKE' },
    period: { from: '2026-01-01', to: '2026-11-23' },
    asOf: '2026-11-23',
  } as FigureFilter;

  it('round-trips one case, a list filter and a figure, and passes the pdf:print route check', () => {
    const paths = [
      casePrintPath('3f2a-1', true),
      selectionPrintPath({ kind: 'filter', filter: { stage: 'INTAKE', nationality: 'AL', deadline: { from: '2026-11-01', to: '2026-11-30' } } }),
      selectionPrintPath({ kind: 'figure', filter: figure }, true),
    ];
    for (const path of paths) expect(AppRouteSchema.safeParse(path).success, path).toBe(true);
    const parse = (path: string, caseId?: string) => printRouteRequest(caseId, new URL(path, 'http://app').searchParams);
    expect(parse(paths[0] ?? '', '3f2a-1')).toEqual({ kind: 'selection', selection: { kind: 'case', caseId: '3f2a-1' }, pseudonymised: true });
    expect(parse(paths[1] ?? '')).toEqual({
      kind: 'selection',
      selection: { kind: 'filter', filter: { stage: 'INTAKE', nationality: 'AL', deadline: { from: '2026-11-01', to: '2026-11-30' } } },
      pseudonymised: false,
    });
    const parsedFigure = parse(paths[2] ?? '');
    expect(parsedFigure.kind === 'selection' && parsedFigure.selection.kind === 'figure' && parsedFigure.pseudonymised).toBe(true);
  });

  it('prints nothing for an address it does not understand', () => {
    const parse = (search: string) => printRouteRequest(undefined, new URLSearchParams(search));
    expect(parse('')).toEqual({ kind: 'invalid' });
    expect(parse('filter=not-json')).toEqual({ kind: 'invalid' });
    expect(parse('filter=%7B%22stage%22%3A%22NOPE%22%7D')).toEqual({ kind: 'invalid' });
    expect(parse('filter=%7B%22unknown%22%3A1%7D')).toEqual({ kind: 'invalid' });
    expect(parse('filter=%7B%7D&figure=%7B%7D')).toEqual({ kind: 'invalid' });
    expect(parse('figure=%7B%7D')).toEqual({ kind: 'invalid' });
    expect(parse('filter=%7B%7D')).toEqual({ kind: 'selection', selection: { kind: 'filter', filter: {} }, pseudonymised: false });
  });
});

describe("the print ticket (the session handed to Electron's print window)", () => {
  const route = '/cases/3f2a-1/print?pseudonymised=1';
  const session = '{"state":{"user":{"userId":"u1"}},"version":2}';
  const stored = JSON.stringify(printTicket(route, session, 1_000));

  it('hands the session to the print window of its own route while it is valid', () => {
    expect(ticketSession(stored, route, 1_000)).toBe(session);
    expect(ticketSession(stored, route, 1_000 + PRINT_TICKET_LIFETIME_MS)).toBe(session);
  });

  it('hands nothing to another route, after its lifetime, or when it is not a ticket', () => {
    expect(ticketSession(stored, '/cases/other/print', 1_000)).toBeUndefined();
    expect(ticketSession(stored, '/cases/3f2a-1/print', 1_000)).toBeUndefined();
    expect(ticketSession(stored, route, 1_001 + PRINT_TICKET_LIFETIME_MS)).toBeUndefined();
    expect(ticketSession('not json', route, 1_000)).toBeUndefined();
    expect(ticketSession(JSON.stringify({ route, session: '', expires: 9e15 }), route, 1_000)).toBeUndefined();
    expect(ticketSession('null', route, 1_000)).toBeUndefined();
  });
});
