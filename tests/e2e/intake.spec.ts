import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './accessibility';
import { collectConsoleErrors } from './consoleErrors';
import { albanianInCustody, albanianIrregularStay, takeIn } from './intakeScenarios';
import { AppFramePage } from './pages/AppFramePage';
import { CaseFilePage } from './pages/CaseFilePage';
import { IntakePage } from './pages/IntakePage';
import { LoginPage, testAccounts } from './pages/LoginPage';

/** One call: a fresh database with a caseworker and a supervisor, signed in as the caseworker. */
async function signInAsNewCaseworker(page: Page): Promise<void> {
  const login = new LoginPage(page);
  await login.seedUsers(['caseworker', 'supervisor']);
  await login.signInAs('caseworker');
}

test.describe('guided intake', () => {
  test('takes in an Albanian national in custody through the six steps, focus on each step heading, and opens the case file', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await signInAsNewCaseworker(page);
    await takeIn(new IntakePage(page), albanianInCustody);
    await new CaseFilePage(page).expectOpen('HOXHA Arben');
    expect(errors).toEqual([]);
  });

  test("a step cannot be left with a missing required field, and says so in the user's language", async ({ page }) => {
    await signInAsNewCaseworker(page);
    const intake = new IntakePage(page);
    await intake.open();
    await intake.nextButton.click();
    await expect(intake.stepHeading).toContainText('Step 1 of 6');
    await expect(intake.form).toContainText('Fill in this field.');
    await expect(intake.field('Family name')).toBeFocused();
    await new AppFramePage(page).chooseLanguage('Français');
    await expect(intake.page.getByRole('form', { name: 'Nouveau dossier' })).toContainText('Remplissez ce champ.');
  });

  test('works by keyboard: type, Enter moves to the next step, focus lands on its heading, Tab continues into its fields', async ({ page }) => {
    await signInAsNewCaseworker(page);
    const intake = new IntakePage(page);
    await intake.open();
    await intake.field('Family name').focus();
    await page.keyboard.type('Berisha');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Blerim');
    await page.keyboard.press('Enter');
    await expect(intake.stepHeading).toContainText('Step 2 of 6: Nationality');
    await expect(intake.stepHeading).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: 'Stateless person' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Add a nationality' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(intake.form.getByRole('group', { name: 'Nationality 1' })).toBeVisible();
  });

  test('a draft survives a page reload and is offered back', async ({ page }) => {
    await signInAsNewCaseworker(page);
    const intake = new IntakePage(page);
    await intake.open();
    await intake.fillIdentity({ familyName: 'Gashi', givenNames: 'Ilir', sex: 'Male', dateOfBirth: '03/03/1993' });
    await intake.next('Step 2 of 6: Nationality');
    await expect(intake.draftStatus).toContainText('Draft kept at');
    await page.reload();
    // The draft is encrypted under the workspace key, which a reloaded window holds only after the password.
    const login = new LoginPage(page);
    await expect(login.lockScreen).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('region', { name: 'Unfinished intake found' })).toHaveCount(0);
    await login.unlock(testAccounts.caseworker.password);
    await expect(page.getByRole('region', { name: 'Unfinished intake found' })).toBeVisible({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Resume the draft' }).click();
    await expect(intake.stepHeading).toContainText('Step 2 of 6: Nationality');
    await intake.backButton.click();
    await expect(intake.field('Family name')).toHaveValue('Gashi');
    await expect(intake.field('Date of birth')).toHaveValue('03/03/1993');
  });

  test('a reloaded window shows nothing of the workspace until the password is entered, then keeps the intake draft', async ({ page }) => {
    await signInAsNewCaseworker(page);
    await page.reload();
    // The cases and drafts are sealed under a key the window holds in memory only: a new document starts locked.
    const login = new LoginPage(page);
    await expect(login.lockScreen).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('table')).toHaveCount(0);
    await login.unlock(testAccounts.caseworker.password);
    const intake = new IntakePage(page);
    await intake.open();
    await intake.field('Family name').fill('Gashi');
    await expect(intake.draftStatus).toContainText('Draft kept at');
  });

  test('a possible duplicate is shown before saving with why it matched, and the existing case can be opened', async ({ page }) => {
    await signInAsNewCaseworker(page);
    const intake = new IntakePage(page);
    await takeIn(intake, albanianIrregularStay);
    const existingUrl = page.url();
    await intake.open();
    // Typed without the diacritic, as heard at the counter.
    await intake.fillIdentity({ familyName: 'Cela', givenNames: 'Dritan', sex: 'Male', dateOfBirth: '17/11/1990' });
    await intake.skipTo('Family and vulnerabilities');
    await intake.save();
    await expect(intake.duplicateWarning).toBeVisible();
    await expect(intake.duplicateWarning).toContainText('Same name (ÇELA Dritan) and date of birth (17 Nov 1990)');
    await page.getByRole('button', { name: /^Open RC-\d{4}-\d{6}$/ }).click();
    await expect(page).toHaveURL(existingUrl);
  });

  // Every step with its entries open, in English and in Albanian (the longest texts); the first
  // step of the intake is checked in all four languages by accessibility.spec.ts.
  for (const language of [
    { nativeName: 'English', form: 'New case' },
    { nativeName: 'Shqip', form: 'Rast i ri' },
  ]) {
    test(`no serious or critical accessibility violation on any intake step, whole page (${language.nativeName})`, async ({ page }) => {
      // Six whole-page axe runs: slow on a shared machine.
      test.setTimeout(150_000);
      const login = new LoginPage(page);
      await login.seedUsers(['caseworker']);
      await login.signInAs('caseworker');
      const intake = new IntakePage(page);
      await intake.open();
      await new AppFramePage(page).chooseLanguage(language.nativeName);
      const form = page.getByRole('form', { name: language.form });
      await expect(form).toBeVisible();
      await page.locator('input[name="identity.primaryName.familyName"]').fill('Hoxha');
      for (let step = 1; step <= 6; step += 1) {
        await expect(intake.stepHeading).toContainText(`${step}`);
        // With one entry open, so that the repeated fields are checked too.
        const add = page.getByTestId('add-entry').first();
        if (await add.count()) await add.click();
        // The new entry's first field takes focus and may open its option list: check the entry as it rests.
        if (await page.getByRole('listbox').count()) await page.keyboard.press('Escape');
        if (step === 5) await page.getByRole('switch').first().click();
        // Colour contrast is the theme's, checked in English (accessibility.ts, contrastChecked).
        await expectNoSeriousViolations(page, `${language.nativeName} step ${step}`, { contrast: language.nativeName === 'English' });
        // Leave the step empty again so that it can be passed without filling the entry in.
        if (step !== 5) await page.getByTestId('remove-entry').first().click();
        if (step === 5) await page.getByRole('switch').first().click();
        if (step < 6) await intake.submitButton.click();
      }
    });
  }
});
