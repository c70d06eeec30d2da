import { expect, test } from '@playwright/test';
import { albanianIrregularStay, openCaseOf } from './intakeScenarios';
import { ActionDialogPage } from './pages/ActionDialogPage';
import { AppFramePage } from './pages/AppFramePage';
import { CaseFilePage } from './pages/CaseFilePage';
import { LoginPage } from './pages/LoginPage';

/**
 * The action dialogs are generated from each action's own input description: the fields an
 * action needs, labelled in the user's language; submitting with a required field left
 * empty names that field by its label, in English and in Albanian.
 */
test('three action dialogs show their own fields; an empty required field is named by its label, in English and Albanian', async ({ page }) => {
  test.setTimeout(120_000);
  const login = new LoginPage(page);
  await login.seedUsers(['caseworker', 'supervisor']);
  await login.signInAs('caseworker');
  await openCaseOf(page, albanianIrregularStay);
  const caseFile = new CaseFilePage(page);
  await caseFile.expectOpen('ÇELA Dritan');
  const dialog = new ActionDialogPage(page);

  // 1. An action with no input: the dialog only asks for confirmation.
  await dialog.open('Start identification');
  await expect(dialog.dialog).toContainText('Nothing else is needed: confirm to go ahead.');
  await dialog.cancel('Cancel');

  await caseFile.runAction('Start identification');
  await caseFile.runAction('Complete identification');
  await caseFile.expectStage('Status assessment');

  // 2. Suspending the case: a reason to choose, a date, a note.
  await dialog.open('Suspend the case');
  for (const label of ['Reason', 'Since', 'Note']) await expect(dialog.field(label)).toBeVisible();
  await dialog.cancel('Cancel');

  // 3. The return decision: its fields, and two required ones left empty.
  await dialog.open('Issue the return decision (order to leave)');
  for (const label of [
    'Reference',
    'Decided on',
    'Notified on',
    'Days for voluntary departure',
    'Grounds for a shorter period or none',
    'Reasoning for the shorter period',
  ]) {
    await expect(dialog.field(label)).toBeVisible();
  }
  await dialog.field('Reference').fill('OQT-2026-001');
  await dialog.submit('Confirm');
  await expect(dialog.inputErrors).toContainText('Check these fields:');
  await expect(dialog.inputErrors.getByRole('listitem')).toHaveText(['Decided on: Fill in this field.', 'Days for voluntary departure: Fill in this field.']);
  // Nothing was run: the dialog stays open with what was typed, and the case is unchanged.
  await expect(dialog.field('Reference')).toHaveValue('OQT-2026-001');
  await dialog.cancel('Cancel');
  await caseFile.expectStage('Status assessment');

  // The same in Albanian: the field is named by its Albanian label.
  await new AppFramePage(page).chooseLanguage('Shqip');
  await caseFile.expectStage('Vlerësimi i statusit');
  await dialog.open('Lësho vendimin e kthimit (urdhër largimi)');
  await dialog.field('Ditë për largim vullnetar').fill('30');
  await dialog.submit('Konfirmo');
  await expect(dialog.inputErrors).toContainText('Kontrolloni këto fusha:');
  await expect(dialog.inputErrors.getByRole('listitem')).toHaveText(['Vendosur më: Plotësoni këtë fushë.']);
  await expect(dialog.field('Vendosur më')).toHaveAttribute('aria-invalid', 'true');
  await dialog.cancel('Anulo');
});
