import { expect, test } from '@playwright/test';
import { albanianIrregularStay, openCaseOf } from './intakeScenarios';
import { CaseFilePage } from './pages/CaseFilePage';
import { IntakePage } from './pages/IntakePage';
import { LoginPage } from './pages/LoginPage';
import { openSignedIn } from './support/signedInNavigation';

/**
 * Issue 13, point 6: "Apply my changes to the current version" is a field-level three-way
 * merge. Two tabs of one browser (one IndexedDB), a caseworker and a supervisor, edit the
 * residency of one case. Different fields: both changes survive. The same field: both
 * values are shown side by side and the caseworker chooses.
 */
test('two tabs edit one section: different fields both survive the merge; the same field is chosen by the user', async ({ page, context }) => {
  test.setTimeout(180_000);
  const login = new LoginPage(page);
  await login.seedUsers(['caseworker', 'supervisor']);
  await login.signInAs('caseworker');
  await openCaseOf(page, albanianIrregularStay);
  const caseFile = new CaseFilePage(page);
  await caseFile.expectOpen('ÇELA Dritan');
  const caseUrl = page.url();

  const otherTab = await context.newPage();
  const otherLogin = new LoginPage(otherTab);
  await otherLogin.open(caseUrl);
  await otherLogin.signInAs('supervisor');
  await openSignedIn(otherTab, caseUrl);
  const otherCaseFile = new CaseFilePage(otherTab);
  await otherCaseFile.expectOpen('ÇELA Dritan');
  const intake = new IntakePage(page);
  const otherIntake = new IntakePage(otherTab);

  // 1. Different fields of the same record: their decision reference, my note.
  let mine = await caseFile.editSection('Residency');
  let theirs = await otherCaseFile.editSection('Residency');
  await otherIntake.field('Decision reference', theirs).fill('OE-2026-0042');
  await otherCaseFile.saveSection('Residency');
  await intake.field('Note', mine).fill('Seen at the office on Monday');
  await mine.getByRole('button', { name: 'Save changes', exact: true }).click();
  let conflict = mine.getByTestId('amendment-conflict');
  await expect(conflict).toContainText('An Peeters changed this case at');
  await conflict.getByRole('button', { name: 'Apply my changes to the current version' }).click();
  await expect(mine.getByTestId('merge-applied')).toBeVisible();
  await expect(intake.field('Decision reference', mine)).toHaveValue('OE-2026-0042');
  await expect(intake.field('Note', mine)).toHaveValue('Seen at the office on Monday');
  await caseFile.saveSection('Residency');
  // Both changes are stored: the form opened again shows them.
  mine = await caseFile.editSection('Residency');
  await expect(intake.field('Decision reference', mine)).toHaveValue('OE-2026-0042');
  await expect(intake.field('Note', mine)).toHaveValue('Seen at the office on Monday');
  await mine.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(mine).toBeHidden();

  // 2. The same field: both values side by side, the user chooses.
  mine = await caseFile.editSection('Residency');
  theirs = await otherCaseFile.editSection('Residency');
  await otherIntake.choose('Residence status', 'Asylum application pending', theirs);
  await otherIntake.field('Decision reference', theirs).fill('OE-2026-0043');
  await otherCaseFile.saveSection('Residency');
  await intake.choose('Residence status', 'Valid residence permit', mine);
  await mine.getByRole('button', { name: 'Save changes', exact: true }).click();
  conflict = mine.getByTestId('amendment-conflict');
  await conflict.getByRole('button', { name: 'Apply my changes to the current version' }).click();
  const choice = conflict.getByRole('radiogroup', { name: 'Residence status' });
  await expect(choice.getByRole('radio', { name: 'Saved by An Peeters: Asylum application pending' })).toBeVisible();
  await expect(choice.getByRole('radio', { name: 'Yours: Valid residence permit' })).toBeVisible();
  // Only the field both changed is asked about; nothing is taken before the user chooses.
  await expect(conflict.getByTestId('merge-conflict')).toHaveCount(1);
  const useChoices = conflict.getByRole('button', { name: 'Use these choices' });
  await expect(useChoices).toBeDisabled();
  await choice.getByRole('radio', { name: 'Yours: Valid residence permit' }).check();
  await useChoices.click();
  await expect(mine.getByRole('combobox', { name: 'Residence status', exact: true })).toHaveValue('Valid residence permit');
  await expect(intake.field('Decision reference', mine)).toHaveValue('OE-2026-0043');
  await caseFile.saveSection('Residency');
  await expect(caseFile.facts('residency')).toContainText('Valid residence permit');
  mine = await caseFile.editSection('Residency');
  await expect(intake.field('Decision reference', mine)).toHaveValue('OE-2026-0043');
  await otherTab.close();
});
