import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './accessibility';
import { albanianIrregularStay, openCaseOf, type IntakeScenario } from './intakeScenarios';
import { CaseListPage } from './pages/CaseListPage';
import { IntakePage } from './pages/IntakePage';
import { LoginPage } from './pages/LoginPage';

/** HOXHA Arben, with a passport number that holds "1234567" (and "23456" in its middle), his nationality proven by that passport. */
const hoxha: IntakeScenario = {
  ...albanianIrregularStay,
  person: { familyName: 'HOXHA', givenNames: 'Arben', sex: 'Male', dateOfBirth: '08/02/1991' },
  nationality: { country: 'Albania (AL)', status: 'Proven', evidence: { kind: 'Passport', description: 'Albanian passport BA1234567' } },
  document: { type: 'Passport', number: 'BA1234567', issuingCountry: 'Albania (AL)', authenticity: 'Genuine' },
};

const rahimi: IntakeScenario = {
  person: { familyName: 'RAHIMI', givenNames: 'Ahmad', sex: 'Male', dateOfBirth: '21/03/1994' },
  nationality: { country: 'Afghanistan (AF)', status: 'Claimed', evidence: { kind: 'Personal statement', description: 'Says he was born in Herat' } },
};

test('search forgives spelling and the intake shows a likely duplicate at the identity step', async ({ page }) => {
  const login = new LoginPage(page);
  await login.seedUsers(['caseworker']);
  await login.signInAs('caseworker');
  // The first case opened in this workspace: its reference ends in 000001.
  await openCaseOf(page, hoxha);
  const hoxhaUrl = page.url();
  await openCaseOf(page, rahimi);

  // The identity step: "Hoxa Arben" with the same date of birth is flagged before the next step, and says why.
  const intake = new IntakePage(page);
  await intake.open();
  const panel = page.getByRole('region', { name: 'Existing cases for this person' });
  await expect(panel).toContainText('Fill in the family name and the date of birth');
  await intake.fillIdentity({ familyName: 'Hoxa', givenNames: 'Arben', sex: 'Male', dateOfBirth: '08/02/1991' });
  await expect(panel.getByTestId('identity-duplicate')).toHaveCount(1);
  await expect(panel).toContainText('Name that sounds the same (HOXHA Arben) and same date of birth (8 Feb 1991)');
  await expect(intake.stepHeading).toContainText('Step 1 of 6');
  await expectNoSeriousViolations(page, 'intake identity step with a likely duplicate beside it');
  await panel.getByRole('button', { name: /^Open RC-\d{4}-000001$/ }).click();
  await expect(page).toHaveURL(hoxhaUrl);

  // The kind of evidence "Passport" (issue 12: the annexes list passports first) reads as such in the case file.
  await expect(page.getByText('Passport: Albanian passport BA1234567')).toBeVisible();

  // The case list: spelling variants, parts of a name, of the reference and of a document number.
  const list = new CaseListPage(page);
  await list.open();
  for (const [text, name, why] of [
    ['Hoxa', 'HOXHA', 'sounds alike'],
    ['Hodja', 'HOXHA', 'sounds alike'],
    ['Hoxxa', 'HOXHA', 'sounds alike'],
    ['Rahimy', 'RAHIMI', 'sounds alike'],
    ['000001', 'HOXHA', 'part of the reference'],
    ['1234567', 'HOXHA', 'part of a document number'],
    // Parts in the middle: "oxha" is one letter from HOXHA (found through the name's tails), "oxh" only a part of it.
    ['oxha', 'HOXHA', 'similar spelling'],
    ['oxh', 'HOXHA', 'part of a name'],
    ['23456', 'HOXHA', 'part of a document number'],
  ] as const) {
    await list.searchFor(text);
    await expect(list.rows, text).toHaveCount(1);
    await expect(list.rows.first(), text).toContainText(name);
    await expect(list.rows.first().getByTestId('case-match'), text).toContainText(why);
  }
});
