import { expect, test } from '@playwright/test';
import { AppFramePage } from './pages/AppFramePage';
import { IntakePage } from './pages/IntakePage';
import { LoginPage } from './pages/LoginPage';

/**
 * Issue 13, point 5: input that never vanishes or lies. On the intake's identity step, an
 * impossible date stays in the field as typed with a message naming the field (and the
 * step is not left), a date of birth in the future is refused, one before 1900 is asked
 * about, and a name with a right-to-left override is refused. One browser session.
 */
test('impossible dates stay as typed with a message naming the field; a future birth date is refused', async ({ page }) => {
  test.setTimeout(150_000);
  const login = new LoginPage(page);
  await login.seedUsers(['caseworker']);
  await login.signInAs('caseworker');
  const intake = new IntakePage(page);
  await intake.open();
  await intake.field('Family name').fill('Hoxha');
  await intake.field('Given names').fill('Arben');
  await intake.choose('Sex', 'Male');

  const dateOfBirth = intake.field('Date of birth');
  const message = intake.form.getByText(/^Date of birth: /);
  for (const typed of ['29/02/2023', '31/04/2024', 'abc']) {
    await intake.typeDate('Date of birth', typed);
    await expect(dateOfBirth).toHaveValue(typed);
    await expect(message).toHaveText(`Date of birth: “${typed}” is not a date that exists. Type a real date, e.g. 08/02/1991.`);
    await intake.nextButton.click();
    await expect(intake.stepHeading).toContainText('Step 1 of 6: Identity');
    await expect(dateOfBirth).toHaveValue(typed);
    await expect(dateOfBirth).toHaveAttribute('aria-invalid', 'true');
  }

  // In the user's language: the same date, the message in Dutch with the Dutch label.
  const frame = new AppFramePage(page);
  await frame.chooseLanguage('Nederlands');
  await expect(page.getByText('Geboortedatum: “abc” is geen bestaande datum. Typ een echte datum, bv. 08/02/1991.')).toBeVisible();
  await frame.chooseLanguage('English');

  // A date of birth in the future: tomorrow and a far one are refused, the step is not left.
  const tomorrow = await page.evaluate(() => {
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
      new Date(Date.now() + 24 * 3_600_000),
    );
    return parts;
  });
  for (const typed of [tomorrow, '31/12/2099']) {
    await intake.typeDate('Date of birth', typed);
    await expect(message).toHaveText(`Date of birth: ${typed} is in the future. A date of birth cannot be later than today.`);
    await intake.nextButton.click();
    await expect(intake.stepHeading).toContainText('Step 1 of 6: Identity');
    await expect(dateOfBirth).toHaveValue(typed);
  }

  // Before 1900: asked, and kept once confirmed.
  await intake.typeDate('Date of birth', '31/12/1899');
  await expect(message).toHaveText('Date of birth: 31/12/1899 is before 1900. Check the year; if it is right, confirm it.');
  await intake.nextButton.click();
  await expect(intake.stepHeading).toContainText('Step 1 of 6: Identity');
  await page.getByRole('button', { name: 'Yes, 31/12/1899 is right' }).click();
  await expect(message).toHaveCount(0);

  // A name with a right-to-left override is refused with a message naming the field.
  await intake.field('Family name').fill('Hoxha\u202Eexe.txt');
  await intake.nextButton.click();
  await expect(intake.form.getByText('Family name contains an invisible, control or text-direction character. Retype it instead of pasting.')).toBeVisible();
  await expect(intake.stepHeading).toContainText('Step 1 of 6: Identity');

  // With a clean name and a real date, the step is left; the date is still there on the way back.
  await intake.field('Family name').fill('Hoxha');
  await intake.typeDate('Date of birth', '08/02/1991');
  await intake.next('Step 2 of 6: Nationality');
  await intake.backButton.click();
  await expect(intake.field('Date of birth')).toHaveValue('08/02/1991');
});
