import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './accessibility';
import {
  albanianInCustody,
  albanianIrregularStay,
  brazilianInCustodyWhoConsents,
  guineanInCustody,
  claimedAlbanian,
  proposeForcedReturnToAlbania,
  typedDate,
  openCaseOf,
} from './intakeScenarios';
import { AppFramePage } from './pages/AppFramePage';
import { CaseFilePage } from './pages/CaseFilePage';
import { IntakePage } from './pages/IntakePage';
import { LoginPage } from './pages/LoginPage';
import { openSignedIn } from './support/signedInNavigation';

/** One call: a fresh database with a caseworker and a supervisor, signed in as the caseworker. */
async function signInAsNewCaseworker(page: Page): Promise<LoginPage> {
  const login = new LoginPage(page);
  await login.seedUsers(['caseworker', 'supervisor']);
  await login.signInAs('caseworker');
  return login;
}

test.describe('case file', () => {
  test('an Albanian national in custody (final judgment, expulsion order, 8 months left) is eligible for transfer, each check met, with its legal basis', async ({
    page,
  }) => {
    await signInAsNewCaseworker(page);
    await openCaseOf(page, albanianInCustody);
    const caseFile = new CaseFilePage(page);
    await caseFile.expectOpen('HOXHA Arben');
    await expect(caseFile.nationalityStatus).toHaveText('Albania (Proven)');
    const transfer = caseFile.assessment('Transfer of the sentenced person');
    await expect(transfer.getByTestId('verdict')).toHaveText('Eligible');
    await expect(transfer.getByTestId('legal-basis')).toContainText(
      'Agreement between Belgium and Albania on the transfer of sentenced persons (Brussels, 29 July 2010)',
    );
    for (const id of ['TST-1', 'TST-2', 'TST-3', 'TST-4', 'TST-5', 'TST-6']) {
      await expect(caseFile.check(transfer, id)).toHaveAttribute('data-status', 'met');
      await expect(caseFile.check(transfer, id)).toContainText('Met');
    }
    await expect(caseFile.check(transfer, 'TST-3')).toContainText('ETS 112 Art. 3(1)(c)');
    await expect(caseFile.deadlines).toContainText('Expected end of sentence');
    await expect(caseFile.deadlines).toContainText('calendar days');
    await expect(caseFile.timeline).toContainText('Caseworker Chris Caseworker opened the case');

    // The whole page in each language is accessibility.spec.ts's (this same case file); here, with a workflow action's dialog open over it.
    await caseFile.actionButton('Start identification').click();
    await expect(caseFile.dialog).toBeVisible();
    await expectNoSeriousViolations(page, 'case file, action dialog open');
    await page.keyboard.press('Escape');
    await expect(caseFile.dialog).toBeHidden();
  });

  test('a national of a state not found among the parties of a list not fully verified (Guinea) needs review, with the reason', async ({ page }) => {
    test.setTimeout(120_000);
    await signInAsNewCaseworker(page);
    await openCaseOf(page, guineanInCustody);
    const caseFile = new CaseFilePage(page);
    await caseFile.expectOpen('CAMARA Mamadou');
    const transfer = caseFile.assessment('Transfer of the sentenced person');
    // The ETS 112 party list is not fully verified: absence from it is "needs review", never a hard "no route".
    await expect(transfer.getByTestId('verdict')).toHaveText('Needs review');
    await expect(transfer.getByTestId('legal-basis')).toHaveText('No legal basis applies: see the checks below for why.');
    await expect(caseFile.check(transfer, 'TST-7')).toHaveAttribute('data-status', 'unknown');
    // The state by name, in the reader's language (explanations name countries).
    await expect(caseFile.check(transfer, 'TST-7')).toContainText(/Needs review: Guinea was not found among the parties of\b/);
  });

  test('a Brazilian national who consents is eligible under the Belgium–Brazil convention, which needs consent', async ({ page }) => {
    test.setTimeout(120_000);
    await signInAsNewCaseworker(page);
    await openCaseOf(page, brazilianInCustodyWhoConsents);
    const caseFile = new CaseFilePage(page);
    await caseFile.expectOpen('SILVA João');
    const transfer = caseFile.assessment('Transfer of the sentenced person');
    await expect(transfer.getByTestId('verdict')).toHaveText('Eligible');
    await expect(transfer.getByTestId('legal-basis')).toContainText(
      'Convention between Belgium and Brazil on the transfer of sentenced persons (Brussels, 4 October 2009',
    );
    for (const id of ['TST-1', 'TST-2', 'TST-3', 'TST-4', 'TST-6', 'TST-7']) await expect(caseFile.check(transfer, id)).toHaveAttribute('data-status', 'met');
  });

  test('identification cannot be completed without an established nationality, and the disabled action says why', async ({ page }) => {
    await signInAsNewCaseworker(page);
    await openCaseOf(page, claimedAlbanian);
    const caseFile = new CaseFilePage(page);
    await caseFile.expectOpen('KRASNIQI Besnik');
    await caseFile.runAction('Start identification');
    await caseFile.expectStage('Identification');
    const complete = caseFile.action('Complete identification');
    await expect(caseFile.actionButton('Complete identification')).toBeDisabled();
    await expect(complete.getByTestId('unmet-conditions')).toBeVisible();
    await expect(complete.getByTestId('unmet-conditions')).toContainText('Not possible yet. Missing:');
    await expect(complete.getByTestId('unmet-conditions')).toContainText(/proven or prima facie/i);
    // The reason is the button's accessible description, not only visible text.
    await expect(caseFile.actionButton('Complete identification')).toHaveAccessibleDescription(/proven or prima facie/i);
  });

  test('a forced return is proposed, waits for approval, and another supervisor approves it; the Approvals badge follows', async ({ page, context }) => {
    test.setTimeout(150_000);
    const login = await signInAsNewCaseworker(page);
    await openCaseOf(page, albanianIrregularStay);
    const caseFile = new CaseFilePage(page);
    await caseFile.expectOpen('ÇELA Dritan');
    const caseUrl = page.url();

    // A supervisor has the app open in another tab: nothing awaits a decision yet, no badge.
    const supervisorTab = await context.newPage();
    const supervisorLogin = new LoginPage(supervisorTab);
    await supervisorLogin.open('/');
    await supervisorLogin.signInAs('supervisor');
    const supervisorFrame = new AppFramePage(supervisorTab);
    await expect(supervisorFrame.approvalsLink()).toBeVisible();
    await expect(supervisorFrame.awaitingApprovalsBadge).toHaveCount(0);

    await proposeForcedReturnToAlbania(page, caseFile);
    const forced = caseFile.action('Decide forced return');
    await expect(forced.getByTestId('awaiting-approval')).toContainText('Awaiting approval: proposed by Chris Caseworker');
    await expect(caseFile.actionButton('Decide forced return')).toBeDisabled();
    await expect(caseFile.timeline).toContainText('Caseworker Chris Caseworker proposed the forced return decision');

    // The proposal shows at once in the supervisor's navigation, count and name; the caseworker, who does not decide, has neither the entry nor a badge.
    await expect(supervisorFrame.approvalsLink(1)).toBeVisible({ timeout: 15_000 });
    await expect(supervisorFrame.awaitingApprovalsBadge).toHaveText('1');
    const frame = new AppFramePage(page);
    await expect(
      page
        .getByRole('navigation')
        .first()
        .getByRole('link', { name: /^Approvals/ }),
    ).toHaveCount(0);
    await expect(frame.awaitingApprovalsBadge).toHaveCount(0);

    await login.signOut();
    await login.signInAs('supervisor');
    await frame.approvalsLink(1).click();
    const proposal = page.getByTestId('pending-approval').filter({ hasText: 'ÇELA Dritan' });
    await expect(proposal).toContainText('Proposed by Caseworker Chris Caseworker');
    // The approvals screen's accessibility in the four languages: accessibility.spec.ts.
    await expect(page.getByRole('heading', { level: 2, name: 'Approvals' })).toBeVisible();
    await proposal.getByRole('button', { name: 'Approve', exact: true }).click();
    // Approve asks first, saying what it will do.
    await page.getByRole('dialog').getByRole('button', { name: 'Approve and carry out' }).click();
    await expect(proposal).toHaveCount(0, { timeout: 15_000 });
    // Decided: the badge goes, here and in the other tab.
    await expect(frame.approvalsLink()).toBeVisible();
    await expect(frame.awaitingApprovalsBadge).toHaveCount(0);
    await expect(supervisorFrame.approvalsLink()).toBeVisible({ timeout: 15_000 });
    await expect(supervisorFrame.awaitingApprovalsBadge).toHaveCount(0);
    await supervisorTab.close();
    await openSignedIn(page, caseUrl);
    await caseFile.expectStage('Forced return in preparation');
    await expect(caseFile.timeline).toContainText('Supervisor An Peeters approved the forced return decision');
  });
});

test('a readmission request is composed with its evidence checklist, marked sent, and turns into "deemed accepted" when the reply deadline passes', async ({
  page,
}) => {
  await signInAsNewCaseworker(page);
  await openCaseOf(page, albanianIrregularStay);
  const caseFile = new CaseFilePage(page);
  await caseFile.expectOpen('ÇELA Dritan');
  await caseFile.runAction('Start identification');
  await caseFile.runAction('Complete identification');
  await caseFile.expectStage('Status assessment');
  await expect(caseFile.readmission).toContainText('Under the EU–Albania readmission agreement: the requested state replies within 14 days of receipt.');
  await caseFile.readmission.getByRole('button', { name: 'Compose a readmission request' }).click();
  await caseFile.dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(caseFile.dialog).toBeHidden({ timeout: 15_000 });
  const request = caseFile.readmission.getByTestId('readmission-request');
  await expect(request.getByTestId('readmission-status')).toHaveText('Draft');
  await request.getByRole('checkbox', { name: 'Identity card AL-ID-778812 (Proof)' }).check();
  for (const item of ['Request form', 'Photo', 'Fingerprints', 'Copies of the documents'])
    await request.getByRole('checkbox', { name: item, exact: true }).check();
  await request.getByRole('button', { name: 'Save the checklist' }).click();
  await expect(caseFile.timeline).toContainText('updated the evidence of the readmission request');
  await request.getByRole('button', { name: 'Mark as sent' }).click();
  const intake = new IntakePage(page);
  await intake.typeDate('Sent on', typedDate(0, -20), caseFile.dialog);
  await intake.typeDate('Received on', typedDate(0, -19), caseFile.dialog);
  await caseFile.dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(caseFile.dialog).toBeHidden({ timeout: 15_000 });
  await expect(request.getByTestId('readmission-status')).toHaveText('Sent');
  await expect(request.getByTestId('readmission-reply')).toContainText('No reply in time: deemed accepted on');
  await request.getByRole('button', { name: 'Record the deemed acceptance' }).click();
  await caseFile.dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(request.getByTestId('readmission-status')).toHaveText('Deemed accepted', { timeout: 15_000 });
  await expect(caseFile.deadlines).toContainText('Transfer after acceptance');
});
