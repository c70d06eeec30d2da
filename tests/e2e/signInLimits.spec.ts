import { expect, test, type Page } from '@playwright/test';
import { LoginPage, testAccounts } from './pages/LoginPage';

/**
 * Issue 13: sign-in has limits and a record. Ten wrong passwords lock the account (even the
 * right password is then refused), and every attempt is an audit event. The store is read
 * directly (IndexedDB of the production workspace) because the administrator's audit
 * screen is still to come.
 */
async function readStore<T>(page: Page, storeName: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const opening = indexedDB.open('ercms-production');
        opening.onerror = () => reject(new Error('cannot open the workspace database'));
        opening.onsuccess = () => {
          const db = opening.result;
          const reading = db.transaction(name, 'readonly').objectStore(name).getAll();
          reading.onsuccess = () => {
            db.close();
            resolve(reading.result as T[]);
          };
          reading.onerror = () => reject(new Error(`cannot read ${name}`));
        };
      }),
    storeName,
  );
}

test('ten wrong passwords lock the account; every sign-in attempt is in the audit trail', async ({ page }) => {
  test.setTimeout(180_000);
  await page.clock.install();
  const login = new LoginPage(page);
  await login.seedUsers(['caseworker']);
  const { username, password } = testAccounts.caseworker;

  for (let attempt = 1; attempt <= 10; attempt++) {
    await login.submitSignIn(username, `wrong password number ${attempt}`);
    // Wait until the store has counted this attempt, then let any waiting time pass.
    await expect.poll(async () => (await readStore<{ failures: number }>(page, 'signInAttempts'))[0]?.failures, { timeout: 20_000 }).toBe(attempt);
    await page.clock.fastForward('01:05');
  }
  await expect(login.error).toContainText('locked after too many wrong passwords');

  await login.submitSignIn(username, password);
  await expect(login.error).toContainText('locked after too many wrong passwords');
  await expect(login.userMenu).toHaveCount(0);
  // Another account is not affected, and its successful sign-in is recorded too.
  await login.signInAs('administrator');

  const events = (await readStore<{ sequence: number; action?: string; sealed?: unknown }>(page, 'audit')).sort((a, b) => a.sequence - b.sequence);
  // Refused attempts are written before any key is held, so in clear (they name an account, never a case).
  const actions = events.map((event) => event.action);
  expect(actions.filter((action) => action === 'signIn.failed')).toHaveLength(10);
  expect(actions).toContain('account.lockedOut');
  // The successful sign-in is written once the password has opened the data key: sealed, readable in the app only.
  const last = events[events.length - 1];
  expect(last?.action).toBeUndefined();
  expect(last?.sealed).toBeDefined();
});
