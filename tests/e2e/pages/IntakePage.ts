import { expect, type Locator, type Page } from '@playwright/test';

export interface PersonFacts {
  familyName: string;
  givenNames: string;
  sex: 'Male' | 'Female';
  /** As a Belgian caseworker types it: DD/MM/YYYY. */
  dateOfBirth: string;
  placeOfBirth?: string;
}

export interface DocumentFacts {
  type: string;
  number: string;
  issuingCountry?: string;
  evidenceClass?: string;
  authenticity?: string;
}

export interface CustodyFacts {
  prison: string;
  judgmentDate: string;
  judgmentFinal: boolean;
  sentenceYears: number;
  sentenceStart: string;
  expectedEnd: string;
  offence: string;
  expulsionOrder?: { reference: string; issuedOn: string };
  consent?: 'Given' | 'Refused' | 'Not asked yet';
  habituallyResidentInBelgium?: boolean;
  dualCriminality?: boolean;
  opinion?: { statement: string; recordedOn: string };
}

/**
 * The guided intake (English UI), driven with the keyboard and mouse as a caseworker
 * would: one method per thing the caseworker does on a step.
 */
export class IntakePage {
  readonly form: Locator;
  readonly stepHeading: Locator;
  readonly nextButton: Locator;
  readonly backButton: Locator;
  readonly saveButton: Locator;
  readonly draftStatus: Locator;
  readonly duplicateWarning: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'New case' });
    this.stepHeading = page.getByTestId('intake-step-heading');
    this.nextButton = page.getByRole('button', { name: 'Next step' });
    this.backButton = page.getByRole('button', { name: 'Back', exact: true });
    this.saveButton = page.getByRole('button', { name: 'Check and save the case' });
    this.draftStatus = page.getByTestId('draft-status');
    this.duplicateWarning = page.getByTestId('duplicate-warning');
  }

  /** The step's submit button, whatever the language (Next step / Check and save). */
  get submitButton(): Locator {
    return this.page.getByTestId('intake-submit');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').first().getByRole('link', { name: 'New case', exact: true }).click();
    await expect(this.stepHeading).toContainText('Step 1 of 6: Identity');
  }

  /** A text field by its visible label (its accessible name). */
  field(label: string, within: Locator = this.form): Locator {
    return within.getByRole('textbox', { name: label, exact: true });
  }

  /** A Mantine select: open it, type to filter when it is searchable, pick the option. */
  async choose(label: string, option: string, within: Locator = this.form): Promise<void> {
    const input = within
      .getByRole('combobox', { name: label, exact: true })
      .or(within.getByRole('textbox', { name: label, exact: true }))
      .first();
    await input.click();
    if ((await input.getAttribute('readonly')) === null) await input.fill(option.replace(/\s*\(.*$/, ''));
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async typeDate(label: string, date: string, within: Locator = this.form): Promise<void> {
    const input = within.getByRole('textbox', { name: label, exact: true });
    await input.fill(date);
    // Tab, not Enter: Enter submits the step, as in any form.
    await input.press('Tab');
  }

  /** A yes / no / not known question. */
  async answer(question: string, yes: boolean, within: Locator = this.form): Promise<void> {
    const choice = within.getByRole('radiogroup', { name: question }).getByRole('radio', { name: yes ? 'Yes' : 'No', exact: true });
    await this.turnOn(choice);
  }

  /** A controlled switch settles after React re-renders: click, then wait for the state. */
  async turnOn(control: Locator): Promise<void> {
    await control.click();
    await expect(control).toBeChecked();
  }

  async fillIdentity(person: PersonFacts): Promise<void> {
    await this.field('Family name').fill(person.familyName);
    await this.field('Given names').fill(person.givenNames);
    await this.choose('Sex', person.sex);
    await this.typeDate('Date of birth', person.dateOfBirth);
    if (person.placeOfBirth) await this.field('Place of birth').fill(person.placeOfBirth);
  }

  async next(expectedStep: string): Promise<void> {
    await this.nextButton.click();
    await expect(this.stepHeading).toContainText(expectedStep);
    await expect(this.stepHeading).toBeFocused();
  }

  async addNationality(country: string, status: 'Claimed' | 'Prima facie' | 'Proven', evidence?: { kind: string; description: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a nationality' }).click();
    const entry = this.form.getByRole('group', { name: /^Nationality \d+$/ }).last();
    await this.choose('Country of nationality', country, entry);
    await this.choose('How far it is established', status, entry);
    if (evidence) {
      await entry.getByRole('button', { name: 'Add evidence' }).click();
      await this.choose('Kind of evidence', evidence.kind, entry);
      await this.field('What the evidence shows', entry).fill(evidence.description);
    }
  }

  async addDocument(document: DocumentFacts): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a document' }).click();
    const entry = this.form.getByRole('group', { name: /^Document \d+$/ }).last();
    await this.choose('Document type', document.type, entry);
    await this.field('Document number', entry).fill(document.number);
    if (document.issuingCountry) await this.choose('Issuing country', document.issuingCountry, entry);
    if (document.evidenceClass) await this.choose('Evidence grade', document.evidenceClass, entry);
    if (document.authenticity) await this.choose('Authenticity check', document.authenticity, entry);
  }

  async addResidency(status: string, from: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a residence status' }).click();
    const entry = this.form.getByRole('group', { name: /^Residence status \d+$/ }).last();
    await this.choose('Residence status', status, entry);
    await this.typeDate('From', from, entry);
  }

  async fillCustody(custody: CustodyFacts): Promise<void> {
    await this.turnOn(this.page.getByRole('switch', { name: 'The person is serving a prison sentence' }));
    await this.field('Prison').fill(custody.prison);
    await this.typeDate('Date of judgment', custody.judgmentDate);
    await this.answer('Is the judgment final?', custody.judgmentFinal);
    await this.choose('Kind of sentence', 'Fixed term');
    await this.form.getByRole('textbox', { name: 'Years', exact: true }).fill(String(custody.sentenceYears));
    await this.typeDate('Sentence start', custody.sentenceStart);
    await this.typeDate('Expected end of sentence', custody.expectedEnd);
    await this.page.getByRole('button', { name: 'Add an offence' }).click();
    await this.field('Offence').fill(custody.offence);
    if (custody.expulsionOrder) {
      await this.turnOn(this.page.getByRole('switch', { name: 'The sentence carries an expulsion order or a measure barring stay' }));
      await this.field('Reference of the measure').fill(custody.expulsionOrder.reference);
      await this.typeDate('Issued on', custody.expulsionOrder.issuedOn);
      await this.turnOn(this.form.getByRole('checkbox', { name: 'A copy of the measure is on file' }));
    }
    if (custody.habituallyResidentInBelgium !== undefined) {
      await this.answer('Habitually resident in Belgium at the time of arrest?', custody.habituallyResidentInBelgium);
    }
    if (custody.dualCriminality !== undefined) {
      await this.answer('Is the act also an offence in the state of nationality?', custody.dualCriminality);
    }
    if (custody.consent) await this.choose('Consent to a transfer', custody.consent);
    if (custody.opinion) {
      await this.turnOn(this.page.getByRole('switch', { name: "The person's opinion on a transfer is recorded" }));
      await this.field("The person's opinion").fill(custody.opinion.statement);
      await this.typeDate('Opinion recorded on', custody.opinion.recordedOn);
    }
  }

  /** Saves; when a possible duplicate is shown the caller decides. */
  async save(): Promise<void> {
    await this.saveButton.click();
  }

  async expectSavedAndOpened(): Promise<void> {
    await expect(this.page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  }

  /** Walks past the steps left without input, up to the last one. */
  async skipTo(stepTitle: string): Promise<void> {
    for (let guard = 0; guard < 6; guard += 1) {
      if ((await this.stepHeading.textContent())?.includes(stepTitle)) return;
      await this.nextButton.click();
    }
    await expect(this.stepHeading).toContainText(stepTitle);
  }
}
