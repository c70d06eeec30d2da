import { expect, test, type Page } from '@playwright/test';
import { albanianIrregularStay, proposeForcedReturnToAlbania, openCaseOf } from './intakeScenarios';
import { AppFramePage } from './pages/AppFramePage';
import { CaseFilePage } from './pages/CaseFilePage';
import { LoginPage, testAccounts } from './pages/LoginPage';
import { openSignedIn, reloadSignedIn } from './support/signedInNavigation';

/**
 * Issue 13: sessions follow the account. The account is changed in the database while the
 * user's window is open (as an administrator's change in another window would, here written
 * directly since the administrator's account screen is still to come): the user's next write
 * is refused and the window signs them out, nothing saved.
 */
async function changeAccount(page: Page, username: string, change: { active?: boolean; role?: string }): Promise<void> {
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
            const user = current.value as { username: string };
            if (user.username === name) current.update({ ...user, ...value });
            current.continue();
          };
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(new Error('cannot write the account'));
        };
      }),
    { name: username, value: change },
  );
}

test('a deactivated user is signed out at their next action, and nothing of it is saved', async ({ page }) => {
  test.setTimeout(150_000);
  const login = new LoginPage(page);
  await login.seedUsers(['caseworker']);
  await login.signInAs('caseworker');
  await openCaseOf(page, albanianIrregularStay);
  const caseFile = new CaseFilePage(page);
  await caseFile.expectOpen('ÇELA Dritan');
  await caseFile.expectStage('Intake');

  await changeAccount(page, testAccounts.caseworker.username, { active: false });
  // The window's next write signs the user out: the action started here or, on a loaded machine,
  // the record that this case file was viewed, which the window writes after showing it and which
  // can land after the change (seen once): then the sign-in screen comes before the action.
  const acting = (async () => {
    await caseFile.actionButton('Start identification').click();
    await expect(caseFile.dialog).toBeVisible();
    await caseFile.dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
  })().catch(() => undefined);
  await Promise.race([login.signInButton.waitFor({ timeout: 60_000 }), acting]);

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

test('a supervisor demoted to caseworker cannot approve at their next action, and works on with the new role', async ({ page }) => {
  test.setTimeout(180_000);
  const login = new LoginPage(page);
  await login.seedUsers(['caseworker', 'supervisor']);
  await login.signInAs('caseworker');
  await openCaseOf(page, albanianIrregularStay);
  const caseFile = new CaseFilePage(page);
  await caseFile.expectOpen('ÇELA Dritan');
  await proposeForcedReturnToAlbania(page, caseFile);
  const caseUrl = page.url();
  await login.signOut();
  await login.signInAs('supervisor');
  await expect(login.userMenu).toContainText('Supervisor');
  const frame = new AppFramePage(page);
  await frame.approvalsLink(1).click();
  const proposal = page.getByTestId('pending-approval').filter({ hasText: 'ÇELA Dritan' });
  await expect(proposal).toBeVisible();

  await changeAccount(page, testAccounts.supervisor.username, { role: 'caseworker' });
  await proposal.getByRole('button', { name: 'Approve', exact: true }).click();
  // Approve asks first, saying what it will do.
  await page.getByRole('dialog').getByRole('button', { name: 'Approve and carry out' }).click();

  // The approval is refused and the window now uses the stored role.
  await expect(login.userMenu).toContainText('Caseworker', { timeout: 15_000 });
  await expect(login.userMenu).not.toContainText('Supervisor');
  await reloadSignedIn(page);
  await expect(login.userMenu).toContainText('Caseworker', { timeout: 15_000 });
  // A caseworker has no Approvals entry; the proposal still awaits a decision.
  await expect(
    page
      .getByRole('navigation')
      .first()
      .getByRole('link', { name: /^Approvals/ }),
  ).toHaveCount(0);
  await openSignedIn(page, caseUrl);
  await expect(caseFile.action('Decide forced return').getByTestId('awaiting-approval')).toBeVisible();
});
