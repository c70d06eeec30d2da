import { expect, test } from '@playwright/test';
import { AppFramePage } from './pages/AppFramePage';
import { CaseFilePage } from './pages/CaseFilePage';
import { CaseListPage } from './pages/CaseListPage';
import { IntakePage } from './pages/IntakePage';
import { KeyboardUser } from './pages/KeyboardUser';
import { LoginPage, testAccounts } from './pages/LoginPage';

/**
 * The whole flow by keyboard only: sign in, skip to the content, take in a case through the
 * six intake steps, find it in the case list and open it, open a workflow action's dialog
 * (focus inside and trapped there), close it with Escape (focus back on its button).
 * The accounts are created beforehand by the administrator (setup, not under test).
 */
test('the whole flow works by keyboard, with focus managed in the stepper and in dialogs', async ({ page }) => {
  test.setTimeout(180_000);
  const login = new LoginPage(page);
  await login.seedUsers(['caseworker']);
  const keyboard = new KeyboardUser(page);
  const frame = new AppFramePage(page);

  // Sign in: Tab to the user name, type, Tab to the password, type, Enter submits.
  const caseworker = testAccounts.caseworker;
  await keyboard.fill(login.usernameInput, caseworker.username);
  await keyboard.press('Tab');
  await expect(login.passwordInput).toBeFocused();
  await keyboard.type(caseworker.password);
  await keyboard.press('Enter');
  await login.expectSignedIn(caseworker);

  // The first Tab stop of the page is the skip link; it shows when focused and moves focus to the content.
  // From the top of the page, as after a fresh load: a focused body (made focusable for the
  // moment) moves the sequential focus starting point there; a blur alone leaves it where the
  // sign-in form was.
  await page.locator('body').evaluate((body) => {
    (document.activeElement as HTMLElement | null)?.blur();
    body.tabIndex = -1;
    body.focus();
    body.removeAttribute('tabindex');
  });
  await keyboard.press('Tab');
  await expect(frame.skipLink).toBeFocused();
  await expect(frame.skipLink).toBeInViewport();
  await keyboard.press('Enter');
  await expect(frame.main).toBeFocused();
  // From the content, the next Tab stops are in the content, past the header and navigation.
  await keyboard.press('Tab');
  expect(await keyboard.focusIsWithin(frame.main), `focus after the skip link: ${await keyboard.focused()}`).toBe(true);

  // To the intake by the navigation: Shift+Tab back into the navigation, Enter on "New case".
  const intake = new IntakePage(page);
  await keyboard.tabTo(frame.navigation.getByRole('link', { name: 'New case', exact: true }), { backwards: true });
  await keyboard.press('Enter');
  await expect(intake.stepHeading).toContainText('Step 1 of 6: Identity');
  // After a navigation, focus is on the new page's heading, not left on the menu link.
  await expect.poll(() => keyboard.focusedHeading(), { message: 'focus after the menu link' }).toBe('New case');

  // Step 1: identity. Enter in a field submits the step; focus lands on the next step's heading.
  await keyboard.fill(intake.field('Family name'), 'Dervishi');
  await keyboard.fill(intake.field('Given names'), 'Gent');
  await keyboard.choose(intake.form.getByRole('combobox', { name: 'Sex', exact: true }).or(intake.field('Sex')).first(), 'Male');
  await keyboard.fill(intake.field('Date of birth'), '21/04/1994');
  await keyboard.press('Tab');
  await keyboard.tabTo(intake.field('Given names'), { backwards: true });
  await keyboard.press('Enter');
  await expect(intake.stepHeading).toContainText('Step 2 of 6: Nationality');
  await expect(intake.stepHeading).toBeFocused();

  // Step 2: a proven Albanian nationality, added with Space on the button.
  await keyboard.tabTo(page.getByRole('button', { name: 'Add a nationality' }));
  await keyboard.press('Space');
  const nationality = intake.form.getByRole('group', { name: 'Nationality 1' });
  await expect(nationality).toBeVisible();
  // Adding the entry focuses its country field but opens nothing by itself over the next button.
  const country = nationality
    .getByRole('combobox', { name: 'Country of nationality', exact: true })
    .or(intake.field('Country of nationality', nationality))
    .first();
  await expect(country).toBeFocused();
  await expect(page.getByRole('listbox')).toBeHidden();
  await keyboard.choose(
    nationality.getByRole('combobox', { name: 'Country of nationality', exact: true }).or(intake.field('Country of nationality', nationality)).first(),
    'Albania (AL)',
  );
  // An option list opens on ArrowDown with the first option highlighted when empty, and the next ArrowDown moves from there.
  const status = nationality
    .getByRole('combobox', { name: 'How far it is established', exact: true })
    .or(intake.field('How far it is established', nationality))
    .first();
  const highlighted = page.getByRole('listbox').locator('[role="option"][data-combobox-selected]');
  await keyboard.tabTo(status);
  await keyboard.press('ArrowDown');
  await expect(highlighted).toHaveText('Claimed');
  await keyboard.press('ArrowDown');
  await expect(highlighted).toHaveText('Prima facie');
  await keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await keyboard.choose(status, 'Proven');
  // With a value, ArrowDown opens it on the current option (it does not move past it).
  await keyboard.press('ArrowDown');
  await expect(highlighted).toHaveText('Proven');
  await keyboard.press('Escape');
  await expect(status).toHaveValue('Proven');
  await keyboard.tabTo(nationality.getByRole('button', { name: 'Add evidence' }));
  await keyboard.press('Enter');
  await keyboard.choose(
    nationality.getByRole('combobox', { name: 'Kind of evidence', exact: true }).or(intake.field('Kind of evidence', nationality)).first(),
    'Document',
  );
  await keyboard.fill(intake.field('What the evidence shows', nationality), 'Albanian passport examined');
  await keyboard.tabTo(intake.nextButton);
  await keyboard.press('Space');
  await expect(intake.stepHeading).toContainText('Step 3 of 6: Documents');
  await expect(intake.stepHeading).toBeFocused();

  // Steps 3 to 5 stay empty: Tab to "Next step", Enter; the heading takes the focus each time.
  for (const step of ['Step 4 of 6: Residency', 'Step 5 of 6: Custody', 'Step 6 of 6: Family and vulnerabilities']) {
    await keyboard.tabTo(intake.nextButton);
    await keyboard.press('Enter');
    await expect(intake.stepHeading).toContainText(step);
    await expect(intake.stepHeading).toBeFocused();
  }
  // Tab from the heading continues into the step's own fields.
  await keyboard.press('Tab');
  expect(await keyboard.focusIsWithin(intake.form), `focus after the heading: ${await keyboard.focused()}`).toBe(true);
  await keyboard.tabTo(intake.saveButton);
  await keyboard.press('Enter');
  await intake.expectSavedAndOpened();
  const caseFile = new CaseFilePage(page);
  await caseFile.expectOpen('DERVISHI Gent');
  // After the save, focus is on its result: the new case's heading.
  await expect.poll(() => keyboard.focusedHeading(), { message: 'focus after saving the intake' }).toBe('DERVISHI Gent');

  // The case list: Tab to the navigation's "Cases", Enter; search; Tab to the row, Enter opens it.
  const caseUrl = page.url();
  await keyboard.tabTo(frame.navigation.getByRole('link', { name: 'Cases', exact: true }), { backwards: true });
  await keyboard.press('Enter');
  const list = new CaseListPage(page);
  await expect(list.table).toBeVisible();
  await expect.poll(() => keyboard.focusedHeading(), { message: 'focus after the Cases link' }).toBe('Cases');
  await keyboard.fill(list.search, 'Dervishi');
  await expect(list.rows).toHaveCount(1);
  await keyboard.tabTo(list.rows.first());
  await keyboard.press('Enter');
  await expect(page).toHaveURL(caseUrl);
  await caseFile.expectOpen('DERVISHI Gent');

  // A workflow action's dialog: opened with Enter, focus inside, Tab and Shift+Tab stay inside.
  const start = caseFile.actionButton('Start identification');
  await keyboard.tabTo(start);
  await keyboard.press('Enter');
  await expect(caseFile.dialog).toBeVisible();
  await expect.poll(() => keyboard.focusIsWithin(caseFile.dialog), { message: 'focus moves into the dialog' }).toBe(true);
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await keyboard.press(key);
    expect(await keyboard.focusIsWithin(caseFile.dialog), `after ${key}, focus is on ${await keyboard.focused()}`).toBe(true);
  }
  // Escape closes it without running the action, and the focus returns to the button that opened it.
  await keyboard.press('Escape');
  await expect(caseFile.dialog).toBeHidden();
  await expect(start).toBeFocused();
  await caseFile.expectStage('Intake');

  // The same dialog runs the action from the keyboard: Tab to "Confirm", Enter.
  await keyboard.press('Enter');
  await expect(caseFile.dialog).toBeVisible();
  await keyboard.tabTo(caseFile.dialog.getByRole('button', { name: 'Confirm', exact: true }));
  await keyboard.press('Enter');
  await expect(caseFile.dialog).toBeHidden({ timeout: 15_000 });
  await caseFile.expectStage('Identification');
  // After a saved step, focus is on its result: the case header with the new stage.
  await expect(page.getByTestId('case-header')).toBeFocused();
});
