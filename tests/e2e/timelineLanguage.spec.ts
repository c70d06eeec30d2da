import { expect, test } from '@playwright/test';
import { albanianIrregularStay, takeIn } from './intakeScenarios';
import { CaseExplanationsPage } from './pages/CaseExplanationsPage';
import { CaseFilePage } from './pages/CaseFilePage';
import { IntakePage } from './pages/IntakePage';
import { LoginPage } from './pages/LoginPage';

function typedToday(): string {
  const now = new Date();
  return `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
}

/**
 * The reason the workflow writes into the case's history (a proposal awaiting four eyes) is
 * stored as a catalogue message and read in the reader's language, switching without reload.
 */
test("the history words a proposal's reason in the reader's language", async ({ page }) => {
  test.setTimeout(150_000);
  const login = new LoginPage(page);
  await login.seedUsers(['caseworker']);
  await login.signInAs('caseworker');
  await takeIn(new IntakePage(page), albanianIrregularStay);
  const caseFile = new CaseFilePage(page);
  await caseFile.expectOpen('ÇELA Dritan');
  await caseFile.runAction('Start identification');
  await caseFile.runAction('Complete identification');
  await caseFile.expectStage('Status assessment');
  await caseFile.runAction('Issue the return decision (order to leave)', async (dialog) => {
    const intake = new IntakePage(page);
    await intake.typeDate('Decided on', typedToday(), dialog);
    await intake.typeDate('Notified on', typedToday(), dialog);
    await dialog.getByRole('textbox', { name: 'Days for voluntary departure', exact: true }).fill('0');
    const grounds = dialog.getByRole('combobox', { name: 'Grounds for a shorter period or none', exact: true });
    await grounds.focus();
    await grounds.press('ArrowDown');
    await page.getByRole('option', { name: 'Risk of absconding', exact: true }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('textbox', { name: 'Reasoning for the shorter period', exact: true }).fill('Two earlier orders ignored; no address.');
  });
  await caseFile.expectStage('Return decision');
  await caseFile.runAction('Decide forced return', (dialog) => new IntakePage(page).choose('Country of return', 'Albania (AL)', dialog), 'Propose for approval');

  const reason = caseFile.timeline.getByTestId('timeline-reason-message');
  await expect(reason).toHaveCount(1);
  await expect(reason).toContainText('Proposed: awaits approval by another supervisor (four eyes).');
  const explanations = new CaseExplanationsPage(page);
  await explanations.markDocument();
  await explanations.chooseLanguage('Français');
  await expect(reason).toContainText("Proposé : en attente de l'approbation d'un autre superviseur (principe des quatre yeux).");
  await explanations.chooseLanguage('Nederlands');
  await expect(reason).toContainText('Voorgesteld: wacht op goedkeuring door een andere supervisor (vier-ogenprincipe).');
  await explanations.chooseLanguage('Shqip');
  await expect(reason).toContainText('Propozuar: pret miratimin nga një mbikëqyrës tjetër (parimi i katër syve).');
  await explanations.expectSameDocument();
});
