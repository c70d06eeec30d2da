import { expect, test } from '@playwright/test';
import { claimedAlbanian, openCaseOf } from './intakeScenarios';
import { CaseExplanationsPage } from './pages/CaseExplanationsPage';
import { CaseFilePage } from './pages/CaseFilePage';
import { LoginPage } from './pages/LoginPage';

/**
 * Issue 5: what shared/ explains (a guard's unmet condition, an eligibility check and what
 * would change it) reads in the user's language, and follows a change of language at
 * once, without reloading the page.
 */
test('a disabled action and the eligibility checks are explained in French and Albanian, and follow a language switch without reload', async ({ page }) => {
  const login = new LoginPage(page);
  await login.seedUsers(['caseworker']);
  await login.signInAs('caseworker');
  await openCaseOf(page, claimedAlbanian);
  const caseFile = new CaseFilePage(page);
  await caseFile.expectOpen('KRASNIQI Besnik');
  await caseFile.runAction('Start identification');
  await caseFile.expectStage('Identification');

  const explanations = new CaseExplanationsPage(page);
  const missing = explanations.unmetConditions('completeIdentification');
  const voluntaryConsent = explanations.checkText('voluntary', 'VOL-1');
  const evidenceRemedy = explanations.checkToChange('readmission', 'READM-2');
  const composeRequest = explanations.readmissionUnmet('draftReadmissionRequest');
  await expect(explanations.actionButton('completeIdentification')).toBeDisabled();
  await expect(missing).toContainText('No nationality is established: record proof');
  await expect(voluntaryConsent).toHaveText('No agreement to a voluntary return is recorded.');
  await expect(evidenceRemedy).toContainText("Add a document from the agreement's annexes (proof: passport, identity card");
  // Stages are coded values, named in the reader's language.
  await expect(composeRequest).toContainText('Not possible at the stage identification: this step applies at status assessment');
  await explanations.markDocument();

  await explanations.chooseLanguage('Français');
  await expect(missing).toContainText("Aucune nationalité n'est établie : enregistrez une preuve");
  await expect(missing).not.toContainText('No nationality is established');
  await expect(explanations.actionButton('completeIdentification')).toHaveAccessibleDescription(/Aucune nationalité n'est établie/);
  await expect(voluntaryConsent).toHaveText("Aucune acceptation d'un retour volontaire n'est enregistrée.");
  // Coded values are named in French too (the agreement's evidence lists).
  await expect(evidenceRemedy).toContainText("Ajoutez un document figurant aux annexes de l'accord (preuve : passeport, carte d'identité");
  await expect(explanations.summary('forced')).toContainText('Retour forcé');
  await expect(composeRequest).toContainText("Impossible à l'étape identification : cette étape s'applique à évaluation du statut");
  await explanations.expectSameDocument();

  await explanations.chooseLanguage('Shqip');
  await expect(missing).toContainText('Nuk është përcaktuar asnjë shtetësi: regjistroni një provë');
  await expect(voluntaryConsent).toHaveText('Nuk është regjistruar asnjë pranim i kthimit vullnetar.');
  await expect(evidenceRemedy).toContainText('Shtoni një dokument nga shtojcat e marrëveshjes (provë: pasaportë, kartë identiteti');
  await expect(composeRequest).toContainText('Nuk është e mundur në fazën identifikimi: ky hap zbatohet në vlerësimi i statusit');
  await explanations.expectSameDocument();

  await explanations.chooseLanguage('English');
  await expect(missing).toContainText('No nationality is established: record proof');
  await expect(voluntaryConsent).toHaveText('No agreement to a voluntary return is recorded.');
  await explanations.expectSameDocument();
});
