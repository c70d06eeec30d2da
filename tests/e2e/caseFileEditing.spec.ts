import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './accessibility';
import { collectConsoleErrors } from './consoleErrors';
import { albanianInCustody, albanianIrregularStay, openCaseOf } from './intakeScenarios';
import { AppFramePage } from './pages/AppFramePage';
import { CaseListPage } from './pages/CaseListPage';
import { CaseFilePage } from './pages/CaseFilePage';
import { IntakePage } from './pages/IntakePage';
import { LoginPage } from './pages/LoginPage';
import { openSignedIn, reloadSignedIn } from './support/signedInNavigation';

/** A fresh database with a caseworker and a supervisor, signed in as the caseworker. */
async function signInAsNewCaseworker(page: Page): Promise<void> {
  const login = new LoginPage(page);
  await login.seedUsers(['caseworker', 'supervisor']);
  await login.signInAs('caseworker');
}

test.describe('editing the case file, part by part', () => {
  test('a caseworker adds an alias and corrects the residency status; both survive a reload and show in the history', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await signInAsNewCaseworker(page);
    await openCaseOf(page, albanianIrregularStay);
    const caseFile = new CaseFilePage(page);
    const intake = new IntakePage(page);
    await caseFile.expectOpen('ÇELA Dritan');

    const identity = await caseFile.editSection('Identity');
    // The intake's own fields, filled with what is recorded.
    await expect(intake.field('Family name', identity)).toHaveValue('Çela');
    await identity.getByRole('button', { name: 'Add another name', exact: true }).click();
    const alias = identity.getByRole('group', { name: 'Other name 1', exact: true });
    await intake.field('Family name', alias).fill('Cela');
    await intake.field('Given names', alias).fill('Dritani');
    await intake.choose('Source of the name', 'Database hit', alias);
    await caseFile.saveSection('Identity');
    await expect(caseFile.facts('identity')).toContainText('CELA Dritani');

    const residency = await caseFile.editSection('Residency');
    await expectNoSeriousViolations(page, 'residency form');
    await intake.choose('Residence status', 'Asylum application rejected', residency.getByRole('group', { name: 'Residence status 1', exact: true }));
    await caseFile.saveSection('Residency');
    await expect(caseFile.facts('residency')).toContainText('Asylum application rejected');

    await reloadSignedIn(page);
    await caseFile.expectOpen('ÇELA Dritan');
    await expect(caseFile.facts('identity')).toContainText('CELA Dritani');
    await expect(caseFile.facts('residency')).toContainText('Asylum application rejected');
    await expect(caseFile.facts('residency')).not.toContainText('Irregular stay');
    await expect(caseFile.timeline).toContainText('Caseworker Chris Caseworker updated the identity and aliases');
    await expect(caseFile.timeline).toContainText('Caseworker Chris Caseworker updated the residence status');
    // Each changed fact in words, as the audit event recorded it.
    await expect(caseFile.timeline).toContainText('Residence status: Irregular stay → Asylum application rejected');
    await expect(caseFile.timeline).toContainText('Added name: Cela · Dritani');
    expect(errors).toEqual([]);
  });

  test('correcting the name by keyboard asks why, keeps the reason in the history, and the header shows the new name', async ({ page }) => {
    await signInAsNewCaseworker(page);
    await openCaseOf(page, albanianIrregularStay);
    const caseFile = new CaseFilePage(page);
    await caseFile.expectOpen('ÇELA Dritan');

    await caseFile.editButton('Identity').focus();
    await page.keyboard.press('Enter');
    const form = caseFile.sectionForm('Identity');
    await expect(form.getByRole('heading', { name: 'Edit: Identity' })).toBeFocused();
    await page.keyboard.press('Tab');
    const familyName = form.getByRole('textbox', { name: 'Family name', exact: true });
    await expect(familyName).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Çelaj');
    // Enter saves; a correction of the name needs a reason, so focus goes to the reason field.
    await page.keyboard.press('Enter');
    const reason = form.getByRole('textbox', { name: 'Reason for the change', exact: true });
    await expect(reason).toBeFocused();
    await expect(form).toContainText('Say why you make this correction: the history keeps the reason.');
    await page.keyboard.type('Spelling as in the Albanian identity card AL-ID-778812');
    await caseFile.tabTo(form.getByRole('button', { name: 'Save changes', exact: true }));
    await page.keyboard.press('Enter');
    await caseFile.expectSectionSaved('Identity');

    await caseFile.expectOpen('ÇELAJ Dritan');
    await expect(caseFile.timeline).toContainText('Caseworker Chris Caseworker updated the identity and aliases');
    await expect(caseFile.timeline).toContainText('Reason: Spelling as in the Albanian identity card AL-ID-778812');

    // Cancel by keyboard: nothing saved, focus back on Edit.
    await page.keyboard.press('Enter');
    await expect(form.getByRole('heading', { name: 'Edit: Identity' })).toBeFocused();
    await caseFile.tabTo(form.getByRole('button', { name: 'Cancel', exact: true }), 30);
    await page.keyboard.press('Enter');
    await expect(form).toBeHidden();
    await expect(caseFile.editButton('Identity')).toBeFocused();
  });

  test("the form speaks the user's language: field messages, labels and dates (French, Albanian)", async ({ page }) => {
    await signInAsNewCaseworker(page);
    await openCaseOf(page, albanianIrregularStay);
    const caseFile = new CaseFilePage(page);
    await caseFile.expectOpen('ÇELA Dritan');
    await new AppFramePage(page).chooseLanguage('Français');
    await page.getByRole('button', { name: 'Modifier : Identité', exact: true }).click();
    const form = page.getByRole('form', { name: 'Modifier : Identité', exact: true });
    await form.getByRole('textbox', { name: 'Nom de famille', exact: true }).fill('');
    await form.getByRole('button', { name: 'Enregistrer les modifications', exact: true }).click();
    await expect(form).toContainText('Remplissez ce champ.');
    await expect(form.getByRole('textbox', { name: 'Nom de famille', exact: true })).toBeFocused();
    await expectNoSeriousViolations(page, 'identity form (Français)');
    // The emptied name is not saved: Cancel asks first, in French too.
    await form.getByRole('button', { name: 'Annuler', exact: true }).click();
    const discard = page.getByRole('dialog', { name: 'Abandonner vos modifications de la partie « Identité » ?', exact: true });
    await discard.getByRole('button', { name: 'Abandonner les modifications', exact: true }).click();
    await expect(form).toBeHidden();
    await expect(page.getByRole('button', { name: 'Modifier : Identité', exact: true })).toBeFocused();

    await new AppFramePage(page).chooseLanguage('Shqip');
    await page.getByRole('button', { name: 'Ndrysho: Qëndrimi', exact: true }).click();
    const residency = page.getByRole('form', { name: 'Ndrysho: Qëndrimi', exact: true });
    // The date recorded at intake (05/05/2025 typed in Belgium), shown the Albanian way.
    await expect(residency.getByRole('textbox', { name: 'Nga', exact: true })).toHaveValue('05.05.2025');
  });

  test('Cancel asks before dropping what was typed, and only then; keeping or discarding leaves the saved facts as they were', async ({ page }) => {
    await signInAsNewCaseworker(page);
    await openCaseOf(page, albanianIrregularStay);
    const caseFile = new CaseFilePage(page);
    await caseFile.expectOpen('ÇELA Dritan');
    const discard = caseFile.discardDialog('Identity');

    // Nothing changed: Cancel closes at once.
    let form = await caseFile.editSection('Identity');
    await form.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(form).toBeHidden();
    await expect(discard).toHaveCount(0);
    await expect(caseFile.editButton('Identity')).toBeFocused();

    // Changed, then changed back: nothing would be lost, so nothing is asked.
    form = await caseFile.editSection('Identity');
    const familyName = form.getByRole('textbox', { name: 'Family name', exact: true });
    await familyName.fill('Çelaj');
    await familyName.fill('Çela');
    await form.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(form).toBeHidden();
    await expect(discard).toHaveCount(0);

    // Changed: Cancel asks, focus on the safe answer; keeping edits returns to Cancel with the text kept.
    form = await caseFile.editSection('Identity');
    await familyName.fill('Çelaj');
    const cancel = form.getByRole('button', { name: 'Cancel', exact: true });
    await cancel.click();
    await expect(discard).toBeVisible();
    await expect(discard).toContainText('What you changed in this form has not been saved and will be lost.');
    await expect(discard.getByRole('button', { name: 'Keep editing', exact: true })).toBeFocused();
    await expectNoSeriousViolations(page, 'discard confirmation');
    await discard.getByRole('button', { name: 'Keep editing', exact: true }).click();
    await expect(discard).toBeHidden();
    await expect(form).toBeVisible();
    await expect(familyName).toHaveValue('Çelaj');
    await expect(cancel).toBeFocused();

    // Escape answers "keep editing" too.
    await page.keyboard.press('Enter');
    await expect(discard).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(discard).toBeHidden();
    await expect(familyName).toHaveValue('Çelaj');

    // Discard by keyboard: the form closes, focus is back on Edit, and nothing was saved.
    await cancel.focus();
    await page.keyboard.press('Enter');
    await expect(discard.getByRole('button', { name: 'Keep editing', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(discard.getByRole('button', { name: 'Discard changes', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(discard).toBeHidden();
    await expect(form).toBeHidden();
    await expect(caseFile.editButton('Identity')).toBeFocused();
    await expect(page.getByTestId('facts-saved')).toHaveText('');
    await caseFile.expectOpen('ÇELA Dritan');
    await expect(caseFile.facts('identity')).not.toContainText('Çelaj', { ignoreCase: true });

    await reloadSignedIn(page);
    await caseFile.expectOpen('ÇELA Dritan');
    await expect(caseFile.timeline).not.toContainText('updated the identity');
    await caseFile.editSection('Identity');
    await expect(familyName).toHaveValue('Çela');
  });

  test('leaving the case file with unsaved changes asks too: Keep editing stays with the text, Discard goes on and saves nothing', async ({ page }) => {
    await signInAsNewCaseworker(page);
    await openCaseOf(page, albanianIrregularStay);
    const caseFile = new CaseFilePage(page);
    await caseFile.expectOpen('ÇELA Dritan');
    const caseFileUrl = page.url();
    const discard = caseFile.discardDialog('Identity');
    const frame = new AppFramePage(page);

    const form = await caseFile.editSection('Identity');
    const familyName = form.getByRole('textbox', { name: 'Family name', exact: true });
    await familyName.fill('Çelaj');
    await frame.goTo('Cases');
    await expect(discard).toBeVisible();
    await discard.getByRole('button', { name: 'Keep editing', exact: true }).click();
    await expect(discard).toBeHidden();
    expect(page.url()).toBe(caseFileUrl);
    await expect(familyName).toHaveValue('Çelaj');

    await frame.goTo('Cases');
    await discard.getByRole('button', { name: 'Discard changes', exact: true }).click();
    await expect(page).toHaveURL(/\/cases$/);
    // The list drawn: the navigation the discard let go has ended before the next one starts
    // (the URL changes first; a navigation started in between was overtaken by it, seen once).
    await expect(new CaseListPage(page).table).toBeVisible();
    await openSignedIn(page, caseFileUrl);
    await caseFile.expectOpen('ÇELA Dritan');
    await expect(caseFile.facts('identity')).not.toContainText('Çelaj', { ignoreCase: true });
  });

  test('a correction of the custody facts changes the transfer eligibility at once', async ({ page }) => {
    await signInAsNewCaseworker(page);
    await openCaseOf(page, albanianInCustody);
    const caseFile = new CaseFilePage(page);
    await caseFile.expectOpen('HOXHA Arben');
    const transfer = caseFile.assessment('Transfer of the sentenced person');
    await expect(transfer.getByTestId('verdict')).toHaveText('Eligible');
    await expect(caseFile.check(transfer, 'TST-2')).toHaveAttribute('data-status', 'met');

    const custody = await caseFile.editSection('Custody');
    await new IntakePage(page).answer('Is the judgment final?', false, custody);
    await caseFile.saveSection('Custody');

    await expect(caseFile.check(transfer, 'TST-2')).toHaveAttribute('data-status', 'not_met');
    await expect(transfer.getByTestId('verdict')).not.toHaveText('Eligible');
    await expect(caseFile.facts('custody')).toContainText('final: No');
    await expect(caseFile.timeline).toContainText('Caseworker Chris Caseworker updated the custody and sentence');
  });

  test('two people edit the same part: the second save gets the conflict message and keeps what was typed', async ({ page, context }) => {
    await signInAsNewCaseworker(page);
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

    // Both open the residency form on the same version of the case.
    const mine = await caseFile.editSection('Residency');
    const theirs = await otherCaseFile.editSection('Residency');
    await new IntakePage(otherTab).choose('Residence status', 'Asylum application pending', theirs);
    await otherCaseFile.saveSection('Residency');

    // The other save shows here at once, before this form is saved.
    await expect(mine.getByTestId('changed-meanwhile')).toContainText('This case has been changed since you opened this form.');
    const intake = new IntakePage(page);
    await intake.choose('Residence status', 'Valid residence permit', mine);
    await mine.getByRole('button', { name: 'Save changes', exact: true }).click();
    const conflict = mine.getByTestId('amendment-conflict');
    await expect(conflict).toContainText('An Peeters changed this case at');
    await expect(conflict).toContainText('Your changes were not saved and are still in the form.');
    await expect(mine.getByRole('combobox', { name: 'Residence status', exact: true })).toHaveValue('Valid residence permit');
    await expect(caseFile.facts('residency')).toHaveCount(0);

    // Having seen their change, the caseworker applies theirs on top of it deliberately.
    await conflict.getByRole('button', { name: 'Apply my changes to the current version' }).click();
    // Both changed the status: the two values are shown side by side and the caseworker keeps theirs.
    await conflict.getByRole('radio', { name: 'Yours: Valid residence permit' }).check();
    await conflict.getByRole('button', { name: 'Use these choices' }).click();
    await caseFile.saveSection('Residency');
    await expect(caseFile.facts('residency')).toContainText('Valid residence permit');
    await expect(caseFile.timeline).toContainText('Supervisor An Peeters updated the residence status');
    await expect(caseFile.timeline).toContainText('Caseworker Chris Caseworker updated the residence status');
    await otherTab.close();
  });
});
