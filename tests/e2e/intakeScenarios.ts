import { expect, type Page } from '@playwright/test';
import type { CaseFactsInput } from '../../shared/workflow/actions/caseFactSections';
import { seedScript } from './support/buildSeedScript';
import type { CaseFilePage } from './pages/CaseFilePage';
import { openSignedIn, rememberedPassword } from './support/signedInNavigation';
import { IntakePage, type CustodyFacts, type PersonFacts } from './pages/IntakePage';

/** A date as a Belgian caseworker types it (DD/MM/YYYY), some months and days from today. */
export function typedDate(months: number, days = 0, from: Date = new Date()): string {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, from.getUTCDate() + days));
  return `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
}

/** Today as a caseworker types it (DD/MM/YYYY, the browser's local date). */
export function typedToday(): string {
  const now = new Date();
  return `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
}

export interface IntakeScenario {
  person: PersonFacts;
  nationality?: { country: string; status: 'Claimed' | 'Prima facie' | 'Proven'; evidence?: { kind: string; description: string } };
  document?: { type: string; number: string; issuingCountry?: string; authenticity?: string };
  residency?: { status: string; from: string };
  custody?: CustodyFacts;
}

/** A final judgment, an expulsion order and 8 months left: transferable without consent under the 2010 bilateral. */
export function custodyWithEightMonthsLeft(): CustodyFacts {
  return {
    prison: 'Prison de Haren',
    judgmentDate: typedDate(-18),
    judgmentFinal: true,
    sentenceYears: 3,
    sentenceStart: typedDate(-28),
    expectedEnd: typedDate(8),
    offence: 'Trafficking in narcotics',
    expulsionOrder: { reference: 'EXP-2025-0612', issuedOn: typedDate(-18) },
    consent: 'Refused',
    habituallyResidentInBelgium: false,
    dualCriminality: true,
    opinion: { statement: 'Prefers to serve the sentence in Belgium near his cousin.', recordedOn: typedDate(-1) },
  };
}

export const albanianInCustody: IntakeScenario = {
  person: { familyName: 'Hoxha', givenNames: 'Arben', sex: 'Male', dateOfBirth: '08/02/1991', placeOfBirth: 'Durrës' },
  nationality: { country: 'Albania (AL)', status: 'Proven', evidence: { kind: 'Document', description: 'Original Albanian passport, examined genuine' } },
  document: { type: 'Passport', number: 'BH4417203', issuingCountry: 'Albania (AL)', authenticity: 'Genuine' },
  residency: { status: 'Irregular stay', from: '10/01/2023' },
  custody: custodyWithEightMonthsLeft(),
};

/** Guinea: no instrument on the transfer of sentenced persons in force with Belgium (not an ETS 112 party, no bilateral). */
export const guineanInCustody: IntakeScenario = {
  person: { familyName: 'Camara', givenNames: 'Mamadou', sex: 'Male', dateOfBirth: '14/05/1988' },
  nationality: { country: 'Guinea (GN)', status: 'Proven', evidence: { kind: 'Document', description: 'Guinean passport' } },
  document: { type: 'Passport', number: 'R0123456', issuingCountry: 'Guinea (GN)', authenticity: 'Genuine' },
  residency: { status: 'Irregular stay', from: '01/03/2024' },
  custody: custodyWithEightMonthsLeft(),
};

/** Brazil: the Belgium–Brazil convention of 2009 (in force 10 May 2017) allows a transfer with the person's consent only. */
export const brazilianInCustodyWhoConsents: IntakeScenario = {
  person: { familyName: 'Silva', givenNames: 'João', sex: 'Male', dateOfBirth: '14/05/1988' },
  nationality: { country: 'Brazil (BR)', status: 'Proven', evidence: { kind: 'Document', description: 'Brazilian passport' } },
  document: { type: 'Passport', number: 'FZ123456', issuingCountry: 'Brazil (BR)', authenticity: 'Genuine' },
  residency: { status: 'Irregular stay', from: '01/03/2024' },
  custody: { ...custodyWithEightMonthsLeft(), consent: 'Given' },
};

/** Nationality only claimed: identification cannot be completed. */
export const claimedAlbanian: IntakeScenario = {
  person: { familyName: 'Krasniqi', givenNames: 'Besnik', sex: 'Male', dateOfBirth: '02/09/1995' },
  nationality: { country: 'Albania (AL)', status: 'Claimed', evidence: { kind: 'Personal statement', description: 'Says he was born in Shkodër' } },
};

export const albanianIrregularStay: IntakeScenario = {
  person: { familyName: 'Çela', givenNames: 'Dritan', sex: 'Male', dateOfBirth: '17/11/1990' },
  nationality: { country: 'Albania (AL)', status: 'Proven', evidence: { kind: 'Document', description: 'Albanian identity card' } },
  document: { type: 'Identity card', number: 'AL-ID-778812', issuingCountry: 'Albania (AL)', authenticity: 'Genuine' },
  residency: { status: 'Irregular stay', from: '05/05/2025' },
};

/** Walks the six steps with the scenario's facts and saves (no duplicate expected). */
export async function takeIn(intake: IntakePage, scenario: IntakeScenario): Promise<void> {
  await intake.open();
  await intake.fillIdentity(scenario.person);
  await intake.next('Step 2 of 6: Nationality');
  if (scenario.nationality) await intake.addNationality(scenario.nationality.country, scenario.nationality.status, scenario.nationality.evidence);
  await intake.next('Step 3 of 6: Documents');
  if (scenario.document) await intake.addDocument(scenario.document);
  await intake.next('Step 4 of 6: Residency');
  if (scenario.residency) await intake.addResidency(scenario.residency.status, scenario.residency.from);
  await intake.next('Step 5 of 6: Custody');
  if (scenario.custody) await intake.fillCustody(scenario.custody);
  await intake.next('Step 6 of 6: Family and vulnerabilities');
  await intake.save();
  await intake.expectSavedAndOpened();
}

/**
 * On the open case file of `albanianIrregularStay`, just taken in: identification, an order to
 * leave without a period for voluntary departure (risk of absconding), then the forced return
 * to Albania proposed for a supervisor's approval.
 */
export async function proposeForcedReturnToAlbania(page: Page, caseFile: CaseFilePage): Promise<void> {
  const intake = new IntakePage(page);
  await caseFile.runAction('Start identification');
  await caseFile.runAction('Complete identification');
  await caseFile.expectStage('Status assessment');
  await caseFile.runAction('Issue the return decision (order to leave)', async (dialog) => {
    await intake.typeDate('Decided on', typedToday(), dialog);
    await intake.typeDate('Notified on', typedToday(), dialog);
    await dialog.getByRole('textbox', { name: 'Days for voluntary departure', exact: true }).fill('0');
    const grounds = dialog.getByRole('combobox', { name: 'Grounds for a shorter period or none', exact: true });
    await grounds.focus();
    await grounds.press('ArrowDown');
    await page.getByRole('option', { name: 'Risk of absconding', exact: true }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('textbox', { name: 'Reasoning for the shorter period', exact: true }).fill('Two earlier orders ignored; no address.');
  });
  await caseFile.expectStage('Return decision');
  await caseFile.runAction('Decide forced return', (dialog) => intake.choose('Country of return', 'Albania (AL)', dialog), 'Propose for approval');
}

/** An English label of the intake as its code: "Prima facie" → "prima_facie", "Albania (AL)" → "AL". */
function codeOf(label: string): string {
  const country = /\(([A-Z]{2})\)$/.exec(label);
  if (country?.[1]) return country[1];
  if (label === 'Not asked yet') return 'not_asked';
  return label.toLowerCase().replace(/\s+/g, '_');
}

/** A date as typed (DD/MM/YYYY) in ISO form. */
function isoOf(typed: string): string {
  const [day, month, year] = typed.split('/');
  return `${year}-${month}-${day}`;
}

/**
 * The facts the six steps record for the scenario, as the intake form's values (what
 * `takeIn` types, field by field, with the form's own defaults for what it leaves alone).
 */
export function intakeFactsOf(scenario: IntakeScenario): CaseFactsInput {
  const { person, nationality, document, residency, custody } = scenario;
  return {
    identity: {
      person: {
        sex: codeOf(person.sex) as 'male' | 'female',
        dateOfBirth: isoOf(person.dateOfBirth),
        dateOfBirthEstimated: false,
        ...(person.placeOfBirth ? { placeOfBirth: person.placeOfBirth } : {}),
        languages: [],
      },
      primaryName: { familyName: person.familyName, givenNames: person.givenNames, source: 'declared', confidence: 'medium' },
      aliases: [],
    },
    nationality: {
      person: { stateless: false },
      nationalities: nationality
        ? [
            {
              country: codeOf(nationality.country),
              status: codeOf(nationality.status) as 'claimed' | 'prima_facie' | 'proven',
              evidence: nationality.evidence ? [{ kind: codeOf(nationality.evidence.kind) as 'document', description: nationality.evidence.description }] : [],
            },
          ]
        : [],
    },
    documents: {
      documents: document
        ? [
            {
              type: codeOf(document.type) as 'passport',
              number: document.number,
              form: 'original',
              evidenceClass: 'proof',
              authenticity: (document.authenticity ? codeOf(document.authenticity) : 'not_checked') as 'genuine',
              ...(document.issuingCountry ? { issuingCountry: codeOf(document.issuingCountry) } : {}),
            },
          ]
        : [],
    },
    residency: { residencyHistory: residency ? [{ status: codeOf(residency.status) as 'irregular_stay', from: isoOf(residency.from) }] : [] },
    custody: custody
      ? {
          inCustody: true,
          custody: {
            prison: custody.prison,
            judgmentDate: isoOf(custody.judgmentDate),
            judgmentFinal: custody.judgmentFinal,
            sentence: { kind: 'determinate', years: custody.sentenceYears, months: 0, days: 0 },
            sentenceStart: isoOf(custody.sentenceStart),
            expectedEnd: isoOf(custody.expectedEnd),
            offences: [{ description: custody.offence, category: 'other' }],
            ...(custody.expulsionOrder
              ? {
                  expulsionOrder: {
                    reference: custody.expulsionOrder.reference,
                    issuedOn: isoOf(custody.expulsionOrder.issuedOn),
                    issuedBy: 'court',
                    copyOnFile: true,
                  },
                }
              : {}),
            ...(custody.habituallyResidentInBelgium === undefined ? {} : { habituallyResidentInBelgiumAtArrest: custody.habituallyResidentInBelgium }),
            ...(custody.dualCriminality === undefined ? {} : { dualCriminality: custody.dualCriminality }),
            ...(custody.consent ? { consent: { status: codeOf(custody.consent) as 'given', byLegalRepresentative: false } } : {}),
            ...(custody.opinion ? { opinion: { statement: custody.opinion.statement, recordedOn: isoOf(custody.opinion.recordedOn) } } : {}),
          },
        }
      : { inCustody: false },
    family: { familyLinks: [], vulnerabilities: [] },
  };
}

interface OpenCaseWindow {
  ercmsE2eOpenCase?: (facts: CaseFactsInput, password?: string) => Promise<string>;
}

/**
 * Opens the scenario's case as the signed-in user through the store (the intake's own
 * mapping and openCase action: same case, same "opened the case" event), then shows its
 * case file. For tests whose subject is the case file: `takeIn` walks the six steps.
 */
export async function openCaseOf(page: Page, scenario: IntakeScenario): Promise<string> {
  // Served from the app's own origin: the CSP (script-src 'self') refuses inline scripts.
  const script = await seedScript();
  await page.route('**/__e2e__/seed.js', (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
  await page.addScriptTag({ url: '/__e2e__/seed.js' });
  const id = await page.evaluate(
    async ({ facts, password }) => {
      const open = (window as OpenCaseWindow).ercmsE2eOpenCase;
      if (!open) throw new Error('The seed script was not loaded');
      return open(facts, password);
    },
    { facts: intakeFactsOf(scenario), password: rememberedPassword(page) },
  );
  await openSignedIn(page, `/cases/${id}`);
  await expect(page.getByTestId('case-stage')).toBeVisible({ timeout: 15_000 });
  return id;
}
