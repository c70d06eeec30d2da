import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { AppFramePage } from './pages/AppFramePage';

/** The four interface languages, by the name the language switcher shows. */
export const interfaceLanguages = ['English', 'Nederlands', 'Français', 'Shqip'] as const;
export type InterfaceLanguage = (typeof interfaceLanguages)[number];

/** Whether a screen checked in `language` also has its colour contrast checked (see expectNoSeriousViolations). */
export function contrastChecked(language: InterfaceLanguage): { contrast: boolean } {
  return { contrast: language === 'English' };
}

/** The `lang` of the document in each interface language. */
export const documentLanguage: Readonly<Record<InterfaceLanguage, string>> = { English: 'en-GB', Nederlands: 'nl-BE', Français: 'fr-BE', Shqip: 'sq-AL' };

/**
 * Waits for a settled page: no running animation and no DOM change for `quietMs`. A list or
 * dialog still opening or closing is neither what the user sees nor what the markup will say
 * (e.g. a field that focused and is about to open its option list), and axe reads the page
 * over a second or more: the page must not change under it.
 */
export async function waitUntilSettled(page: Page, quietMs = 300): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await page.evaluate(
    (quiet) =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(finish, quiet);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(finish, quiet);
        });
        function finish() {
          observer.disconnect();
          resolve();
        }
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      }),
    quietMs,
  );
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

/**
 * No serious or critical axe violation on the whole page: the frame (header, navigation,
 * status bar), the page's content and whatever is open over it (dialogs, menus, lists).
 * `contrast: false` leaves out axe's colour-contrast rule, its costliest (it computes every
 * text's colours against what lies behind it): the colours are the theme's, the same in every
 * language, so a screen checked in several languages has its contrast checked in English
 * (`contrastChecked`) and every other rule in each.
 */
export async function expectNoSeriousViolations(page: Page, where: string, { contrast = true }: { contrast?: boolean } = {}): Promise<void> {
  await waitUntilSettled(page);
  const results = await new AxeBuilder({ page }).disableRules(contrast ? [] : ['color-contrast']).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(
    serious.map(
      (violation) => `${where}: ${violation.id} (${violation.nodes.map((node) => `${node.target.join(' ')} ${node.html.slice(0, 160)}`).join(', ')})`,
    ),
  ).toEqual([]);
}

/**
 * The whole page in each interface language; with `withFrameMenus`, also with the frame's
 * menus open (the user menu and the language list). `ready` waits for what proves the page is
 * shown, in that language.
 */
export async function expectAccessibleInEveryLanguage(
  page: Page,
  where: string,
  ready: (language: InterfaceLanguage) => Promise<void>,
  { withFrameMenus = false }: { withFrameMenus?: boolean } = {},
): Promise<void> {
  const frame = new AppFramePage(page);
  for (const language of interfaceLanguages) {
    await frame.chooseLanguage(language);
    await expect(page.locator('html')).toHaveAttribute('lang', documentLanguage[language]);
    await ready(language);
    await expectNoSeriousViolations(page, `${where} (${language})`, contrastChecked(language));
    if (!withFrameMenus) continue;
    await frame.openUserMenu();
    await expectNoSeriousViolations(page, `${where}, user menu open (${language})`, contrastChecked(language));
    await frame.closeMenus();
    await frame.openLanguageList();
    await expectNoSeriousViolations(page, `${where}, language list open (${language})`, contrastChecked(language));
    await frame.closeMenus();
  }
  await frame.chooseLanguage('English');
  await expect(page.locator('html')).toHaveAttribute('lang', documentLanguage.English);
}
