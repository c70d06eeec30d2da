import { expect, test } from '@playwright/test';
import { claimedAlbanian, openCaseOf } from './intakeScenarios';
import { CaseExplanationsPage } from './pages/CaseExplanationsPage';
import { CaseFilePage } from './pages/CaseFilePage';
import { LoginPage } from './pages/LoginPage';

/**
 * A country in an explanation reads as its name in the reader's language, never as its
 * code, in Chromium too, which has no Albanian locale data (the Albanian names are bundled).
 */
test('the readmission summary names the requested state in English, French, Dutch and Albanian', async ({ page }) => {
  const login = new LoginPage(page);
  await login.seedUsers(['caseworker']);
  await login.signInAs('caseworker');
  await openCaseOf(page, claimedAlbanian);
  await new CaseFilePage(page).expectOpen('KRASNIQI Besnik');

  const explanations = new CaseExplanationsPage(page);
  const readmission = explanations.summary('readmission');
  await expect(readmission).toContainText('Readmission to Albania:');
  await expect(readmission).not.toContainText(/\bAL\b/);
  await explanations.chooseLanguage('Français');
  await expect(readmission).toContainText('Réadmission (État requis : Albanie) :');
  await explanations.chooseLanguage('Nederlands');
  await expect(readmission).toContainText('Overname door Albanië:');
  await explanations.chooseLanguage('Shqip');
  await expect(readmission).toContainText('Ripranimi (shteti i kërkuar: Shqipëri):');
});
