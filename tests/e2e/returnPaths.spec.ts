import { expect, test, type Locator, type Page } from '@playwright/test';
import { albanianIrregularStay, proposeForcedReturnToAlbania, typedDate, typedToday, type IntakeScenario } from './intakeScenarios';
import { ActionDialogPage } from './pages/ActionDialogPage';
import { ApprovalsPage } from './pages/ApprovalsPage';
import { CaseFilePage } from './pages/CaseFilePage';
import { IntakePage } from './pages/IntakePage';
import { LoginPage, testAccounts, type TestAccount } from './pages/LoginPage';
import { openSignedIn } from './support/signedInNavigation';

/**
 * Issue 11: both return paths walk to the end in the app, through the generated action
 * dialogs, with the case history (timeline) checked after every step.
 * Forced: Directive 2008/115/EC Arts. 5, 8, 9 (non-refoulement, removal, fitness to travel);
 * four eyes for the forced return decision and for closing as removed (office procedure).
 * Voluntary: Directive 2008/115/EC Art. 7; Aliens Act Art. 74/14 §1 (30 days).
 */

/** A second supervisor: the closure as removed is approved by someone other than the supervisor who proposed it. */
const secondSupervisor: TestAccount = { role: 'supervisor', username: 'supervisor2', displayName: 'Bart Claes', password: 'second supervisor 2026' };

/** An Albanian in irregular stay with a valid Albanian passport: the passport carries the removal (no readmission request needed). */
const albanianWithPassport: IntakeScenario = {
  person: { familyName: 'Dervishi', givenNames: 'Ilir', sex: 'Male', dateOfBirth: '03/04/1989' },
  nationality: { country: 'Albania (AL)', status: 'Proven', evidence: { kind: 'Document', description: 'Original Albanian passport' } },
  document: { type: 'Passport', number: 'BJ5512880', issuingCountry: 'Albania (AL)', authenticity: 'Genuine' },
  residency: { status: 'Irregular stay', from: '12/06/2025' },
};

/** The intake's six steps; the passport gets its validity (the removal guard reads it). */
async function takeInWithValidPassport(intake: IntakePage, scenario: IntakeScenario): Promise<void> {
  await intake.open();
  await intake.fillIdentity(scenario.person);
  await intake.next('Step 2 of 6: Nationality');
  if (scenario.nationality) await intake.addNationality(scenario.nationality.country, scenario.nationality.status, scenario.nationality.evidence);
  await intake.next('Step 3 of 6: Documents');
  if (scenario.document) {
    await intake.addDocument(scenario.document);
    await intake.typeDate('Valid until', typedDate(36), intake.form.getByRole('group', { name: /^Document \d+$/ }).last());
  }
  await intake.next('Step 4 of 6: Residency');
  if (scenario.residency) await intake.addResidency(scenario.residency.status, scenario.residency.from);
  await intake.skipTo('Step 6 of 6: Family and vulnerabilities');
  await intake.save();
  await intake.expectSavedAndOpened();
}

/** A local date and time as the browser's datetime-local field takes it, `minutes` from now. */
function localDateTime(minutes: number): string {
  const at = new Date(Date.now() + minutes * 60_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** Picks one option of a generated choice field (single or multiple). */
async function pick(page: Page, dialog: Locator, label: string, option: string): Promise<void> {
  const field = new ActionDialogPage(page).field(label);
  await field.click();
  if ((await field.getAttribute('readonly')) === null) await field.fill(option.replace(/\s*\(.*$/, ''));
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(dialog).toBeVisible();
}

/** The timeline's newest entries include `text` (the history follows each step at once). */
async function expectInHistory(caseFile: CaseFilePage, text: string): Promise<void> {
  await expect(caseFile.timeline).toContainText(text, { timeout: 15_000 });
}

async function approveOnApprovalsPage(page: Page, personName: string, caseUrl: string): Promise<void> {
  await page
    .getByRole('navigation')
    .first()
    .getByRole('link', { name: /^Approvals/ })
    .click();
  const approvals = new ApprovalsPage(page);
  const proposal = approvals.card(personName);
  await approvals.startApproval(proposal);
  await approvals.confirmApproval();
  await expect(proposal).toHaveCount(0, { timeout: 15_000 });
  await openSignedIn(page, caseUrl);
}

test('forced return: from intake to "closed as removed", with both removal assessments and four eyes twice', async ({ page }) => {
  test.setTimeout(180_000);
  const login = new LoginPage(page);
  await login.open('/');
  await login.createAdministrator();
  for (const account of [testAccounts.caseworker, testAccounts.supervisor, secondSupervisor]) await login.createUser(account);
  await login.signOut();
  await login.signInAs('caseworker');

  const intake = new IntakePage(page);
  await takeInWithValidPassport(intake, albanianWithPassport);
  const caseFile = new CaseFilePage(page);
  await caseFile.expectOpen('DERVISHI Ilir');
  const caseUrl = page.url();
  await expectInHistory(caseFile, 'Caseworker Chris Caseworker opened the case');

  // Identification, order to leave without a period (risk of absconding), forced return proposed.
  await proposeForcedReturnToAlbania(page, caseFile);
  await expectInHistory(caseFile, 'Caseworker Chris Caseworker proposed the forced return decision');
  await expect(caseFile.actionButton('Decide forced return')).toBeDisabled();

  // First four eyes: a supervisor approves the forced return.
  await login.signOut();
  await login.signInAs('supervisor');
  await approveOnApprovalsPage(page, 'DERVISHI Ilir', caseUrl);
  await caseFile.expectStage('Forced return in preparation');
  await expectInHistory(caseFile, 'Supervisor An Peeters approved the forced return decision');

  // Removal cannot be scheduled yet: neither assessment is recorded.
  await caseFile.runAction('Detain', async (dialog) => {
    await dialog.getByRole('textbox', { name: 'Closed centre', exact: true }).fill('127bis Steenokkerzeel');
    await pick(page, dialog, 'Kind of detention', 'Return detention');
    await intake.typeDate('Started on', typedToday(), dialog);
    await pick(page, dialog, 'Ground', 'Risk of absconding');
    await dialog.getByRole('textbox', { name: 'Why this ground applies', exact: true }).fill('No address; two orders to leave ignored.');
    await dialog.getByRole('textbox', { name: 'Less coercive measures considered', exact: true }).fill('Reporting duty considered: no fixed address.');
  });
  await caseFile.expectStage('Detained');
  await expectInHistory(caseFile, 'Supervisor An Peeters ordered detention');
  const schedule = caseFile.action('Schedule the removal');
  await expect(caseFile.actionButton('Schedule the removal')).toBeDisabled();
  await expect(schedule.getByTestId('unmet-conditions')).toContainText(/non-refoulement/i);
  await expect(schedule.getByTestId('unmet-conditions')).toContainText(/fitness-to-travel/i);

  await caseFile.runAction('Record a non-refoulement assessment', async (dialog) => {
    await pick(page, dialog, 'Country of return', 'Albania (AL)');
    await pick(page, dialog, 'Outcome', 'No risk found: removal possible');
    await intake.typeDate('Assessed on', typedToday(), dialog);
    await dialog.getByRole('textbox', { name: 'Assessed by', exact: true }).fill('An Peeters');
    await dialog.getByRole('textbox', { name: 'Reference', exact: true }).fill('NR-2026-0412');
  });
  await expectInHistory(caseFile, 'Supervisor An Peeters recorded a non-refoulement assessment');
  await caseFile.runAction('Record a fitness-to-travel assessment', async (dialog) => {
    await pick(page, dialog, 'Outcome', 'Fit to travel');
    await intake.typeDate('Assessed on', typedToday(), dialog);
    await dialog.getByRole('textbox', { name: 'Assessed by', exact: true }).fill('Dr. V. Lambert, closed centre doctor');
    await intake.typeDate('Valid until', typedDate(1), dialog);
  });
  await expectInHistory(caseFile, 'Supervisor An Peeters recorded a fitness-to-travel assessment');

  await expect(caseFile.actionButton('Schedule the removal')).toBeEnabled();
  await caseFile.runAction('Schedule the removal', async (dialog) => {
    await dialog.getByRole('textbox', { name: 'Scheduled departure', exact: true }).fill(localDateTime(24 * 60));
    await pick(page, dialog, 'Carrier', 'Police escort');
    await dialog.getByRole('textbox', { name: 'Flight number', exact: true }).fill('SN2771');
    await dialog.getByRole('textbox', { name: 'Number of escorts', exact: true }).fill('2');
  });
  await caseFile.expectStage('Removal scheduled');
  await expectInHistory(caseFile, 'Supervisor An Peeters scheduled the removal');

  await caseFile.runAction('Confirm the removal', async (dialog) => {
    await dialog.getByRole('textbox', { name: 'Departed at', exact: true }).fill(localDateTime(-1));
  });
  await caseFile.expectStage('Removed');
  await expectInHistory(caseFile, 'Supervisor An Peeters confirmed the removal');

  // Second four eyes: the closure proposed by this supervisor waits for another one.
  await caseFile.runAction(
    'Close the case as removed',
    (dialog) => dialog.getByRole('textbox', { name: 'Note', exact: true }).fill('Arrival in Tirana confirmed by the escort.'),
    'Propose for approval',
  );
  await expectInHistory(caseFile, 'Supervisor An Peeters proposed closing the case as removed');
  await caseFile.expectStage('Removed');
  await login.signOut();
  await login.signIn(secondSupervisor.username, secondSupervisor.password);
  await login.expectSignedIn(secondSupervisor);
  await approveOnApprovalsPage(page, 'DERVISHI Ilir', caseUrl);
  await caseFile.expectStage('Closed');
  await expectInHistory(caseFile, 'Supervisor Bart Claes approved closing the case as removed');
});

test('voluntary return: from intake to "closed as departed voluntarily", with IOM', async ({ page }) => {
  test.setTimeout(120_000);
  const login = new LoginPage(page);
  await login.seedUsers(['caseworker']);
  await login.signInAs('caseworker');
  const intake = new IntakePage(page);
  await takeInWithValidPassport(intake, albanianIrregularStay);
  const caseFile = new CaseFilePage(page);
  await caseFile.expectOpen('ÇELA Dritan');

  await caseFile.runAction('Start identification');
  await expectInHistory(caseFile, 'Caseworker Chris Caseworker started the identification');
  await caseFile.runAction('Complete identification');
  await caseFile.expectStage('Status assessment');
  await expectInHistory(caseFile, 'Caseworker Chris Caseworker completed the identification');
  await caseFile.runAction('Issue the return decision (order to leave)', async (dialog) => {
    await intake.typeDate('Decided on', typedToday(), dialog);
    await intake.typeDate('Notified on', typedToday(), dialog);
    await dialog.getByRole('textbox', { name: 'Days for voluntary departure', exact: true }).fill('30');
  });
  await caseFile.expectStage('Return decision');
  await expectInHistory(caseFile, 'issued the return decision');

  await caseFile.runAction('Prepare the voluntary return', async (dialog) => {
    await pick(page, dialog, 'Carrier', 'IOM');
    await pick(page, dialog, 'Country of return', 'Albania (AL)');
    await intake.typeDate('Person agreed to return on', typedToday(), dialog);
  });
  await caseFile.expectStage('Voluntary return in preparation');
  await expectInHistory(caseFile, 'Caseworker Chris Caseworker started preparing the voluntary return');

  await caseFile.runAction('Confirm the voluntary departure', async (dialog) => {
    await dialog.getByRole('textbox', { name: 'Departed at', exact: true }).fill(localDateTime(-1));
  });
  await caseFile.expectStage('Departed voluntarily');
  await expectInHistory(caseFile, 'Caseworker Chris Caseworker confirmed the voluntary departure');

  await caseFile.runAction('Close the case');
  await caseFile.expectStage('Closed');
  await expectInHistory(caseFile, 'Caseworker Chris Caseworker closed the case');
});
