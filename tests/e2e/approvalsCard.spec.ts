import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './accessibility';
import { albanianIrregularStay, openCaseOf, proposeForcedReturnToAlbania, typedToday } from './intakeScenarios';
import { AppFramePage } from './pages/AppFramePage';
import { ApprovalsPage } from './pages/ApprovalsPage';
import { CaseFilePage } from './pages/CaseFilePage';
import { IntakePage } from './pages/IntakePage';
import { LoginPage } from './pages/LoginPage';
import { expectInWordsOf, screenLanguages } from './pages/ScreenText';
import { openSignedIn } from './support/signedInNavigation';

const english = screenLanguages[0];
const french = screenLanguages[2];

/**
 * The approval card as a supervisor reads it: the proposal in words of the interface
 * language, its conditions when proposed and now (a change marked), Approve confirming what
 * it will do, and after the decision where the case went; the note reaches the case history.
 * The case is opened through the store (openCaseOf), the proposal made through the workflow's
 * dialogs, so that it records its conditions as the app does.
 */
test('a supervisor reads the proposal in words, sees its conditions then and now, confirms the approval with a note and follows the case', async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  const login = new LoginPage(page);
  await login.seedUsers(['caseworker', 'supervisor']);
  await login.signInAs('caseworker');
  const caseUrl = `/cases/${await openCaseOf(page, albanianIrregularStay)}`;
  const caseFile = new CaseFilePage(page);
  await caseFile.expectOpen('ÇELA Dritan');
  await proposeForcedReturnToAlbania(page, caseFile);
  await login.signOut();
  await login.signInAs('supervisor');

  const approvals = new ApprovalsPage(page);
  await approvals.open();
  const card = approvals.card('ÇELA Dritan');
  await expect(card.getByTestId('approval-input')).toHaveText('Country of return: Albania');
  await expect(card).toContainText('The case is at stage Return decision (route: forced return).');
  for (const id of ['stage', 'order_to_leave_notified', 'departure_period_over_or_none', 'input']) {
    await expect(approvals.condition(card, id)).toContainText(/Met\s*(Return decision)?\s*Met/);
  }
  await expect(approvals.conditions(card).locator('tr[data-changed]')).toHaveCount(0);
  await expectInWordsOf(card, english);
  await card.screenshot({ path: testInfo.outputPath('approval-card-en.png') });

  const frame = new AppFramePage(page);
  await frame.chooseLanguage(french.nativeName);
  await expect(card.getByTestId('approval-input')).toHaveText('Pays de retour : Albanie');
  await expect(approvals.conditions(card)).toContainText('Lors de la proposition');
  await expectInWordsOf(card, french);
  await card.screenshot({ path: testInfo.outputPath('approval-card-fr.png') });
  await frame.chooseLanguage(english.nativeName);

  // The case is suspended after the proposal: the stage condition, met when proposed, is not met now and is marked.
  const intake = new IntakePage(page);
  await openSignedIn(page, caseUrl);
  await caseFile.runAction('Suspend the case', async (dialog) => {
    await intake.choose('Reason', 'Medical reasons', dialog);
    await intake.typeDate('Since', typedToday(), dialog);
  });
  await caseFile.expectStage('Suspended');
  await approvals.open();
  const stageRow = approvals.condition(card, 'stage');
  await expect(stageRow).toHaveAttribute('data-changed', 'true');
  await expect(stageRow).toContainText('Changed');
  await expect(stageRow).toContainText(/Met\s*Return decision\s*Not met\s*Suspended/);
  await expect(card.getByRole('button', { name: 'Approve', exact: true })).toBeDisabled();
  await card.screenshot({ path: testInfo.outputPath('approval-card-changed-en.png') });
  await expectNoSeriousViolations(page, 'approval card with a changed condition');

  await openSignedIn(page, caseUrl);
  await caseFile.runAction('Resume the case');
  await caseFile.expectStage('Return decision');
  await approvals.open();
  await expect(approvals.conditions(card).locator('tr[data-changed]')).toHaveCount(0);

  // Approve says what will happen before it happens.
  await approvals.startApproval(card);
  await expect(approvals.approveDialog).toContainText('Approving carries out the forced return decision on');
  await expect(approvals.approveDialog).toContainText('The case moves from stage Return decision to Forced return in preparation.');
  // The return decision already set the forced route: approving changes only the stage, and the dialog says no more.
  await expect(approvals.approveDialog).not.toContainText('route changes');
  await expectNoSeriousViolations(page, 'approval confirmation');
  await approvals.confirmApproval('Flight options checked with the escort unit.');

  await expect(card).toHaveCount(0, { timeout: 15_000 });
  await expect(approvals.outcome).toContainText('You approved the forced return decision on');
  await expect(approvals.outcome).toContainText('The case is now at stage Forced return in preparation.');
  await expect(approvals.outcome).toContainText('Your note: Flight options checked with the escort unit.');
  await approvals.outcome.getByRole('link', { name: /ÇELA Dritan/ }).click();
  await expect(page).toHaveURL(new RegExp(`${caseUrl}$`));
  await caseFile.expectStage('Forced return in preparation');
  await expect(caseFile.timeline).toContainText('approved the forced return decision');
  await expect(caseFile.timeline).toContainText('Flight options checked with the escort unit.');
});
