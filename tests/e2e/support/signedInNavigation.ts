import { expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * Moving around the app as a signed-in user does. The case store is sealed under a key the
 * window holds in memory only (docs/trust.md), so a new document (a reload, a typed address, a
 * second tab) starts locked: the user types the password on the lock screen. The tests do the
 * same, with the password of the account last signed in in the browser context; and go to a
 * page of the app by the app's own navigation when it is already open, as a link would.
 */
const passwords = new WeakMap<BrowserContext, string>();
const pagePasswords = new WeakMap<Page, string>();

/** Called by LoginPage when it signs in, creates the administrator or unlocks: for that page, and for the context's other pages. */
export function rememberSignIn(page: Page, password: string): void {
  pagePasswords.set(page, password);
  passwords.set(page.context(), password);
}

function passwordFor(page: Page): string | undefined {
  return pagePasswords.get(page) ?? passwords.get(page.context());
}

/** After a new document: unlocks the lock screen with the remembered password when it shows; a sign-in form is left to the test. */
export async function unlockIfLocked(page: Page): Promise<void> {
  const lockScreen = page.getByTestId('lock-screen');
  // The lock screen, the app frame, the sign-in form or the first run's form (any language: by test id and input type).
  const settled = lockScreen.or(page.getByTestId('user-menu')).or(page.locator('form:has(input[type="password"])'));
  await expect(settled.first()).toBeVisible({ timeout: 30_000 });
  if (!(await lockScreen.isVisible())) return;
  const password = passwordFor(page);
  if (password === undefined) throw new Error('The window is locked and no account signed in in this browser context.');
  await lockScreen.locator('input[type="password"]').fill(password);
  await lockScreen.locator('button[type="submit"]').click();
  await expect(lockScreen).toBeHidden({ timeout: 15_000 });
}

/** Opens `path`: through the app's router when it is open and unlocked, else by loading it (and unlocking). */
export async function openSignedIn(page: Page, path: string): Promise<void> {
  const inApp = page.url().startsWith('http') && (await page.getByTestId('user-menu').isVisible()) && !(await page.getByTestId('lock-screen').isVisible());
  if (inApp) {
    await page.evaluate((to) => {
      // As react-router's own push: its entry index one further, so its blockers count right.
      const current = (window.history.state ?? {}) as { idx?: number };
      const state = { usr: null, key: Math.random().toString(36).slice(2, 10), idx: (current.idx ?? 0) + 1 };
      window.history.pushState(state, '', to);
      window.dispatchEvent(new PopStateEvent('popstate', { state }));
    }, path);
    return;
  }
  await page.goto(path);
  await unlockIfLocked(page);
}

/** Reloads the page and unlocks it, as a user pressing F5 would. */
export async function reloadSignedIn(page: Page): Promise<void> {
  await page.reload();
  await unlockIfLocked(page);
}

/** The remembered password of the context's account (for test-only scripts that unlock their own store). */
export function rememberedPassword(page: Page): string | undefined {
  return passwordFor(page);
}
