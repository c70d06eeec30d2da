import { expect, test, type Page } from '@playwright/test';
import { albanianIrregularStay, takeIn } from './intakeScenarios';
import { CaseFilePage } from './pages/CaseFilePage';
import { IntakePage } from './pages/IntakePage';
import { LoginPage, testAccounts } from './pages/LoginPage';

/**
 * Issue 13: sessions follow the account. The account is changed in the database while the
 * user's window is open (as an administrator's change in another window would, here written
 * directly since the administrator's account screen is still to come): the user's next write
 * is refused and the window signs them out, nothing saved.
 */
async function setAccountActive(page: Page, username: string, active: boolean): Promise<void> {
  await page.evaluate(
    ({ name, value }) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('ercms-production');
        opening.onerror = () => reject(new Error('cannot open the workspace database'));
        opening.onsuccess = () => {
          const db = opening.result;
          const transaction = db.transaction('users', 'readwrite');
          const users = transaction.objectStore('users');
          const cursor = users.openCursor();
          cursor.onsuccess = () => {
            const current = cursor.result;
            if (!current) return;
            const user = current.value as { username: string; active: boolean };
            if (user.username === name) current.update({ ...user, active: value });
            current.continue();
          };
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(new Error('cannot write the account'));
        };
      }),
    { name: username, value: active },
  );
}

test('a deactivated user is signed out at their next action, and nothing of it is saved', async ({ page }) => {
  test.setTimeout(150_000);
  const login = new LoginPage(page);
  await login.seedUsers(['caseworker']);
  await login.signInAs('caseworker');
  await takeIn(new IntakePage(page), albanianIrregularStay);
  const caseFile = new CaseFilePage(page);
  await caseFile.expectOpen('ÇELA Dritan');
  await caseFile.expectStage('Intake');

  await setAccountActive(page, testAccounts.caseworker.username, false);
  await caseFile.actionButton('Start identification').click();
  await expect(caseFile.dialog).toBeVisible();
  await caseFile.dialog.getByRole('button', { name: 'Confirm', exact: true }).click();

  // Signed out at once: the sign-in screen replaces the app.
  await expect(login.signInButton).toBeVisible({ timeout: 15_000 });
  await expect(login.userMenu).toHaveCount(0);
  // And the account cannot sign in again.
  await login.submitSignIn(testAccounts.caseworker.username, testAccounts.caseworker.password);
  await login.expectRefused();
  // The case was not changed: still at intake for whoever opens it next.
  await login.signInAs('administrator');
  const stages = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const opening = indexedDB.open('ercms-production');
        opening.onerror = () => reject(new Error('cannot open the workspace database'));
        opening.onsuccess = () => {
          const reading = opening.result.transaction('cases', 'readonly').objectStore('cases').getAll();
          reading.onsuccess = () => resolve((reading.result as { stage: string }[]).map((row) => row.stage));
        };
      }),
  );
  expect(stages).toEqual(['INTAKE']);
});
