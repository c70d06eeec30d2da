import { expect, test } from '@playwright/test';
import type { CaseFile } from '../../shared/model/caseFile';
import { loadLibraryScenario, type ScenarioId } from '../../shared/training/scenarioLibrary';
import { collectConsoleErrors } from './consoleErrors';
import { CaseListPage } from './pages/CaseListPage';
import { LoginPage } from './pages/LoginPage';
import { ReportsPage } from './pages/ReportsPage';
import { importCasesThroughStore } from './support/importCases';

/** Today at the office (Europe/Brussels), as the app reads it. */
function officeToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/**
 * What the test expects of one seeded person, by the design of the case (the facts changed
 * from a training scenario whose verdict its own unit test checks), not by asking the app:
 * the overview must arrive at the same counts from the rules.
 */
interface Expected {
  nationality: string;
  inCustody: boolean;
  residence?: 'right' | 'no_right' | 'unknown';
  transfer?: 'eligible' | 'needs_review' | 'not_eligible';
  /** Eligible ones: the instrument (reference-data id) and whether it is without the person's consent. */
  instrument?: string;
  withoutConsent?: boolean;
  /** Why a transfer needs review or is refused: `<check id>:<status>`. */
  reasons?: string[];
  readmissionRoute?: boolean;
}

interface Design {
  familyName: string;
  givenNames: string;
  scenario: ScenarioId;
  change?: (caseFile: CaseFile, today: string) => void;
  expected: Expected;
}

/** The Albanian prisoner of the 9-month scenario: no right of residence, order to leave, 9 months left; BE–AL 2010 applies without consent. */
const albanianEligible: Expected = {
  nationality: 'AL',
  inCustody: true,
  residence: 'no_right',
  transfer: 'eligible',
  instrument: 'be_al_2010',
  withoutConsent: true,
  readmissionRoute: true,
};

function giveConsent(caseFile: CaseFile): void {
  const custody = caseFile.custody;
  if (!custody) throw new Error('The scenario has no custody');
  custody.consent = { status: 'given', recordedOn: custody.consent?.recordedOn ?? caseFile.openedOn, byLegalRepresentative: false };
  for (const transfer of caseFile.sentenceTransfers) transfer.withoutConsent = false;
}

const designs: Design[] = [
  { familyName: 'Hoxha', givenNames: 'Ilir', scenario: 'albania-transfer-9-months', expected: albanianEligible },
  { familyName: 'Çela', givenNames: 'Arben', scenario: 'albania-transfer-9-months', expected: albanianEligible },
  { familyName: 'Përmeti', givenNames: 'Dritan', scenario: 'albania-transfer-9-months', expected: albanianEligible },
  // Consent given: the classic convention (ETS 112) with consent.
  {
    familyName: 'Berisha',
    givenNames: 'Gëzim',
    scenario: 'albania-transfer-9-months',
    change: giveConsent,
    expected: { ...albanianEligible, instrument: 'ets_112', withoutConsent: false },
  },
  {
    familyName: 'Gashi',
    givenNames: 'Blerina',
    scenario: 'albania-transfer-9-months',
    change: giveConsent,
    expected: { ...albanianEligible, instrument: 'ets_112', withoutConsent: false },
  },
  // A valid residence permit (a right of residence), consent given.
  {
    familyName: 'Kola',
    givenNames: 'Erion',
    scenario: 'albania-transfer-9-months',
    change: (caseFile) => {
      giveConsent(caseFile);
      for (const status of caseFile.residencyHistory) status.status = 'valid_permit';
    },
    expected: { ...albanianEligible, residence: 'right', instrument: 'ets_112', withoutConsent: false },
  },
  // No residence status recorded: "not established", never counted as "no right".
  {
    familyName: 'Lika',
    givenNames: 'Besnik',
    scenario: 'albania-transfer-9-months',
    change: (caseFile) => {
      caseFile.residencyHistory = [];
    },
    expected: { ...albanianEligible, residence: 'unknown' },
  },
  // Whether the judgment is final is not known: needs review, finality unknown.
  ...['Muça', 'Zeqiri'].map((familyName): Design => ({
    familyName,
    givenNames: 'Altin',
    scenario: 'albania-transfer-9-months',
    change: (caseFile) => {
      if (caseFile.custody) delete caseFile.custody.judgmentFinal;
    },
    expected: { ...albanianEligible, transfer: 'needs_review', instrument: undefined, withoutConsent: undefined, reasons: ['TST-2:unknown'] },
  })),
  // Four months left: under the six-month minimum, not eligible.
  {
    familyName: 'Dushku',
    givenNames: 'Ardit',
    scenario: 'albania-transfer-4-months',
    expected: { ...albanianEligible, transfer: 'not_eligible', instrument: undefined, withoutConsent: undefined, reasons: ['TST-3:not_met'] },
  },
  // Released yesterday: no longer in custody, in no count.
  {
    familyName: 'Shehu',
    givenNames: 'Klodian',
    scenario: 'albania-transfer-9-months',
    change: (caseFile, today) => {
      const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      if (caseFile.custody) caseFile.custody.releasedOn = yesterday;
    },
    expected: { nationality: 'AL', inCustody: false },
  },
  // A French national: the EU framework decision 2008/909, without consent; no readmission agreement with a member state.
  ...[
    ['Lefèvre', 'François'],
    ['Dubois', 'Élodie'],
  ].map(([familyName = '', givenNames = '']): Design => ({
    familyName,
    givenNames,
    scenario: 'albania-transfer-9-months',
    change: (caseFile) => {
      for (const nationality of caseFile.nationalities) nationality.country = 'FR';
      for (const document of caseFile.documents) document.issuingCountry = 'FR';
    },
    expected: { ...albanianEligible, nationality: 'FR', instrument: 'fd_2008_909', readmissionRoute: false },
  })),
  // Kosovo: the Belgium–Kosovo convention, whose entry in the reference data is not verified: needs review.
  ...['Krasniqi', 'Rexhepi'].map((familyName): Design => ({
    familyName,
    givenNames: 'Valon',
    scenario: 'kosovo-transfer',
    expected: { nationality: 'XK', inCustody: true, residence: 'no_right', transfer: 'needs_review', reasons: ['TST-7:unknown'], readmissionRoute: true },
  })),
  // Prison capacity abroad (a policy model, no Belgian legal basis): needs review for two reasons.
  {
    familyName: 'El Amrani',
    givenNames: 'Youssef',
    scenario: 'prison-capacity-abroad',
    expected: {
      nationality: 'MA',
      inCustody: true,
      residence: 'no_right',
      transfer: 'needs_review',
      reasons: ['TST-1:unknown', 'TST-7:unknown'],
      readmissionRoute: false,
    },
  },
];

/** The seeded case of a design: the scenario's case, made a production case of its own (id, reference, name). */
function seededCase(design: Design, index: number, today: string): CaseFile {
  const loaded = loadLibraryScenario(design.scenario, today);
  if (!loaded.ok) throw new Error(`Scenario ${design.scenario} does not load`);
  const source = loaded.scenario.cases[0];
  if (!source) throw new Error(`Scenario ${design.scenario} has no case`);
  const caseFile: CaseFile = { ...structuredClone(source), id: crypto.randomUUID(), reference: `RC-2026-${String(700_001 + index)}`, training: false };
  const identity = caseFile.identities.find((candidate) => candidate.primary) ?? caseFile.identities[0];
  if (!identity) throw new Error('The scenario case has no identity');
  identity.familyName = design.familyName;
  identity.givenNames = design.givenNames;
  design.change?.(caseFile, today);
  return caseFile;
}

const measures = [
  'inCustody',
  'noRightOfResidence',
  'residenceUnknown',
  'transferEligible',
  'transferNeedsReview',
  'transferNotEligible',
  'readmissionRoute',
] as const;
type Measure = (typeof measures)[number];

function countsIn(expected: Expected, measure: Measure): boolean {
  if (!expected.inCustody) return false;
  switch (measure) {
    case 'inCustody':
      return true;
    case 'noRightOfResidence':
      return expected.residence === 'no_right';
    case 'residenceUnknown':
      return expected.residence === 'unknown';
    case 'transferEligible':
      return expected.transfer === 'eligible';
    case 'transferNeedsReview':
      return expected.transfer === 'needs_review';
    case 'transferNotEligible':
      return expected.transfer === 'not_eligible';
    case 'readmissionRoute':
      return expected.readmissionRoute === true;
  }
}

test.use({ viewport: { width: 1366, height: 900 } });

test('the custody-and-transfer overview counts per nationality and instrument what the seeded cases say, and a count opens exactly its cases', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const errors = collectConsoleErrors(page);
  const today = officeToday();
  const seeded = designs.map((design, index) => ({ design, caseFile: seededCase(design, index, today) }));
  const login = new LoginPage(page);
  await login.seedUsers(['supervisor']);
  await login.signInAs('supervisor');
  expect(
    await importCasesThroughStore(
      page,
      seeded.map(({ caseFile }) => caseFile),
    ),
  ).toBe(seeded.length);

  // The independent count: per nationality and measure, and the eligible ones per instrument and consent.
  const byNationality = new Map<string, Record<Measure, string[]>>();
  const byInstrument = new Map<string, { withConsent: string[]; withoutConsent: string[] }>();
  const reasons = new Map<string, number>();
  for (const { design, caseFile } of seeded) {
    const expected = design.expected;
    if (!expected.inCustody) continue;
    const row =
      byNationality.get(expected.nationality) ?? (Object.fromEntries(measures.map((measure) => [measure, []])) as unknown as Record<Measure, string[]>);
    for (const measure of measures) if (countsIn(expected, measure)) row[measure].push(caseFile.reference);
    byNationality.set(expected.nationality, row);
    if (expected.transfer === 'eligible' && expected.instrument) {
      const counts = byInstrument.get(expected.instrument) ?? { withConsent: [], withoutConsent: [] };
      (expected.withoutConsent ? counts.withoutConsent : counts.withConsent).push(caseFile.reference);
      byInstrument.set(expected.instrument, counts);
    }
    for (const reason of expected.reasons ?? []) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  expect([...byNationality.keys()].sort()).toEqual(['AL', 'FR', 'MA', 'XK']);

  const reports = new ReportsPage(page);
  await reports.open();
  await page.getByRole('tab', { name: 'Custody and transfer' }).click();
  await expect(page.getByTestId('figure-custody')).toBeVisible({ timeout: 30_000 });
  const overviewRow = (id: string) => page.getByTestId('figure-custody').locator(`tbody tr[data-row="${id}"]`);
  expect(
    await page
      .getByTestId('figure-custody')
      .locator('tbody tr[data-row]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row')).filter((id) => id !== 'total')),
  ).toHaveLength(byNationality.size);
  const total = Object.fromEntries(measures.map((measure) => [measure, 0])) as Record<Measure, number>;
  for (const [nationality, row] of byNationality) {
    for (const [column, measure] of measures.entries()) {
      await expect(overviewRow(nationality).locator(`td[data-column="${column}"]`), `${nationality} ${measure}`).toHaveText(String(row[measure].length));
      total[measure] += row[measure].length;
    }
  }
  for (const [column, measure] of measures.entries())
    await expect(overviewRow('total').locator(`td[data-column="${column}"]`)).toHaveText(String(total[measure]));

  // Eligible persons by instrument and consent, and why the others need review or are refused.
  const instruments = page.getByTestId('figure-custodyInstruments');
  await expect(instruments.locator('tbody tr[data-row]')).toHaveCount(byInstrument.size);
  for (const [instrument, counts] of byInstrument) {
    await expect(instruments.locator(`tbody tr[data-row="${instrument}"] td[data-column="0"]`), `${instrument} with consent`).toHaveText(
      String(counts.withConsent.length),
    );
    await expect(instruments.locator(`tbody tr[data-row="${instrument}"] td[data-column="1"]`), `${instrument} without consent`).toHaveText(
      String(counts.withoutConsent.length),
    );
  }
  for (const [reason, count] of reasons) {
    const table = page.getByTestId(reason.endsWith(':not_met') ? 'figure-custodyNotEligible' : 'figure-custodyReview');
    await expect(table.locator(`tbody tr[data-row="${reason}"] td[data-column="0"]`), reason).toHaveText(String(count));
  }

  // A count's link opens exactly its cases: the Albanians eligible for a transfer, then those under ETS 112 with consent.
  const list = new CaseListPage(page);
  const expectListed = async (references: readonly string[]) => {
    await expect(page).toHaveURL(/\/cases\?figure=/);
    await expect(list.count).toContainText(`Cases: ${references.length}`);
    await expect(list.rows).toHaveCount(references.length);
    const listed = await list.rows.evaluateAll((rows) => rows.map((row) => row.querySelector('td')?.textContent?.trim() ?? ''));
    expect(listed.sort()).toEqual([...references].sort());
  };
  await overviewRow('AL').locator('td[data-column="3"]').getByRole('link').click();
  await expectListed(byNationality.get('AL')?.transferEligible ?? []);
  await page.goBack();
  await page.getByRole('tab', { name: 'Custody and transfer' }).click();
  await expect(instruments).toBeVisible({ timeout: 30_000 });
  await instruments.locator('tbody tr[data-row="ets_112"] td[data-column="0"]').getByRole('link').click();
  await expectListed(byInstrument.get('ets_112')?.withConsent ?? []);
  expect(errors).toEqual([]);
});
