import { expect, test } from '@playwright/test';
import { albanianIrregularStay, proposeForcedReturnToAlbania, openCaseOf } from './intakeScenarios';
import { CaseExplanationsPage } from './pages/CaseExplanationsPage';
import { CaseFilePage } from './pages/CaseFilePage';
import { LoginPage } from './pages/LoginPage';

/**
 * The reason the workflow writes into the case's history (a proposal awaiting four eyes) is
 * stored as a catalogue message and read in the reader's language, switching without reload.
 */
test("the history words a proposal's reason in the reader's language", async ({ page }) => {
  test.setTimeout(150_000);
  const login = new LoginPage(page);
  await login.seedUsers(['caseworker']);
  await login.signInAs('caseworker');
  await openCaseOf(page, albanianIrregularStay);
  const caseFile = new CaseFilePage(page);
  await caseFile.expectOpen('ÇELA Dritan');
  await proposeForcedReturnToAlbania(page, caseFile);

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
