import { MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IsoDateSchema, NoteSchema, UuidSchema } from '../../../../shared/model';
import { readmissionAgreements } from '../../../../shared/reference';
import {
  actionInputFields,
  approvalActions,
  caseActions,
  executeAction,
  isRequiredFor,
  type ActionInputField,
  type RegisteredAction,
} from '../../../../shared/workflow';
import { ActionForm } from '../../../../renderer/src/features/case-file/ActionDialog';
import { actionInput, actionResolver, dialogFields, initialValues } from '../../../../renderer/src/features/case-file/actionForm';
import { decodeValidationMessage } from '../../../../renderer/src/ui/form/validationMessage';
import { dialogFieldKinds } from '../../../../renderer/src/features/case-file/ActionInputFieldView';
import { actionsWithOwnScreen } from '../../../../renderer/src/features/case-file/workflowActionViews';
import { translationsByLanguage } from '../../../../renderer/src/i18n/i18n';
import type { Messages } from '../../../../renderer/src/i18n/messageBundles';
import { appI18next } from '../../i18n/appI18next';
import { buildCaseFile, caseworker } from '../../arbitraries/caseFileBuilder';

/**
 * Every action the case file can start in its generated dialog must be one the dialog can
 * ask for. The rule: every registered case action (`caseActions`) is offered in the dialog
 * unless it has a screen of its own (`actionsWithOwnScreen`: the approval flow, amending the
 * facts, the evidence checklist, opening a case at the intake). The approval actions have
 * their own screen, but their typed inputs (a note, a reason) are checked the same way, so
 * that the dialog could ask for them too.
 */
const bundles = translationsByLanguage();
const languages = Object.keys(bundles);

function textAt(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const segment of key.split('.')) node = typeof node === 'object' ? node[segment] : undefined;
  return typeof node === 'string' ? node : undefined;
}

function missingIn(key: string): string[] {
  return languages.filter((language) => {
    const bundle = bundles[language as keyof typeof bundles];
    return textAt(bundle, key) === undefined;
  });
}

/** Why the dialog cannot ask for this field: a kind it has no view for, a label or an option label missing in a language. */
function fieldProblems(actionId: string, field: ActionInputField): string[] {
  const at = `${actionId}.${field.name || '(input)'}`;
  const problems: string[] = [];
  if (!dialogFieldKinds.has(field.kind))
    problems.push(`${at}: the dialog cannot render a field of kind "${field.kind}"${field.zodType ? ` (zod ${field.zodType})` : ''}`);
  const label = missingIn(field.labelKey);
  if (label.length > 0) problems.push(`${at}: label ${field.labelKey} missing in ${label.join(', ')}`);
  for (const option of field.options ?? []) {
    if (option.labelKey === undefined) continue;
    const missing = missingIn(option.labelKey);
    if (missing.length > 0) problems.push(`${at}: option label ${option.labelKey} missing in ${missing.join(', ')}`);
  }
  return problems;
}

function dialogProblems(action: Pick<RegisteredAction, 'id' | 'inputFields'>): string[] {
  return [
    ...missingIn(`caseFile.actions.${action.id}`).map((language) => `${action.id}: title caseFile.actions.${action.id} missing in ${language}`),
    ...dialogFields(action.inputFields).flatMap((field) => fieldProblems(action.id, field)),
  ];
}

const dialogActions = caseActions.filter((action) => !actionsWithOwnScreen.has(action.id));

async function renderForm(action: Pick<RegisteredAction, 'id' | 'inputSchema' | 'inputFields'>, language: string): Promise<string> {
  const i18n = await appI18next();
  await i18n.changeLanguage(language);
  const form = createElement(ActionForm, {
    action,
    needsFourEyes: false,
    state: { kind: 'idle' },
    onRun: () => Promise.resolve(true),
    onClose: () => undefined,
  });
  return renderToStaticMarkup(createElement(MantineProvider, null, createElement(I18nextProvider, { i18n }, form)));
}

describe('generated action dialogs', () => {
  it('covers the registered actions: every case action is in the dialog or has a screen of its own', () => {
    expect(dialogActions.length).toBeGreaterThan(30);
    expect(dialogActions.map((action) => action.id)).toEqual(
      expect.arrayContaining(['issueReturnDecision', 'detain', 'recordTransferOutcome', 'sendReadmissionRequest']),
    );
    expect(dialogActions.map((action) => action.id)).not.toContain('amendCaseFacts');
  });

  it.each(dialogActions.map((action) => [action.id, action] as const))(
    '%s: every input has a field view, a label and option labels in en, nl, fr and sq',
    (_id, action) => {
      expect(dialogProblems(action)).toEqual([]);
    },
  );

  it.each(approvalActions.map((action) => [action.id, action] as const))(
    '%s (approvals page): its typed inputs are ones the dialog can ask for',
    (_id, action) => {
      expect(dialogProblems(action)).toEqual([]);
    },
  );

  it('refuses an action whose input the dialog cannot ask for: a list of records, a number with decimals, a label no bundle has', () => {
    const schema = z.object({ legs: z.array(z.object({ from: IsoDateSchema })), weightKg: z.number(), decidedOn: IsoDateSchema, unheardOf: NoteSchema });
    expect(dialogProblems({ id: 'issueReturnDecision', inputFields: actionInputFields(schema) })).toEqual([
      'issueReturnDecision.legs: the dialog cannot render a field of kind "unsupported" (zod array)',
      'issueReturnDecision.legs: label caseFile.input.legs missing in en, nl, fr, sq',
      'issueReturnDecision.weightKg: the dialog cannot render a field of kind "unsupported" (zod number)',
      'issueReturnDecision.weightKg: label caseFile.input.weightKg missing in en, nl, fr, sq',
      'issueReturnDecision.unheardOf: label caseFile.input.unheardOf missing in en, nl, fr, sq',
    ]);
  });

  it.each(dialogActions.map((action) => [action.id, action] as const))('%s: the dialog renders every field with its label', async (_id, action) => {
    const i18n = await appI18next();
    for (const language of ['en', 'sq']) {
      await i18n.changeLanguage(language);
      const html = await renderForm(action, language);
      for (const field of dialogFields(action.inputFields)) {
        const label = i18n.t(field.labelKey);
        expect(label).not.toBe(field.labelKey);
        expect(html, `${action.id}.${field.name} in ${language}`).toContain(escapeHtml(label));
        expect(html).toContain(`name="${field.name}"`);
      }
    }
  });
});

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#x27;');
}

describe('the input a dialog sends', () => {
  const issueReturnDecision = caseActions.find((action) => action.id === 'issueReturnDecision');
  const scheduleRemoval = caseActions.find((action) => action.id === 'scheduleRemoval');
  const recordTravelDocument = caseActions.find((action) => action.id === 'recordTravelDocument');

  it("leaves blank answers out, reads whole numbers and local date-times, nests a record's fields, and adds what the screen knows", () => {
    if (!issueReturnDecision || !scheduleRemoval || !recordTravelDocument) throw new Error('action missing');
    expect(
      actionInput(issueReturnDecision.inputFields, {
        decidedOn: '2026-11-23',
        notifiedOn: '',
        departureDays: '0',
        shortenedPeriodGrounds: ['fraud'],
        reference: ' ',
      }),
    ).toEqual({ decidedOn: '2026-11-23', departureDays: 0, shortenedPeriodGrounds: ['fraud'] });
    const removal = actionInput(scheduleRemoval.inputFields, { scheduledDepartureAt: '2026-12-01T06:30' }, { requestId: 'r1' });
    expect(removal.requestId).toBe('r1');
    expect(typeof removal.scheduledDepartureAt === 'string' && removal.scheduledDepartureAt.endsWith('Z')).toBe(true);
    expect(actionInput(recordTravelDocument.inputFields, { travelDocument: { kind: 'laissez_passer', number: 'LP 1' } })).toEqual({
      travelDocument: { kind: 'laissez_passer', number: 'LP 1' },
    });
  });

  it('offers only the countries the reference data allows where a field says so (a readmission request: states bound by an agreement)', () => {
    const requestedState = caseActions.find((action) => action.id === 'draftReadmissionRequest')?.inputFields.find((field) => field.name === 'requestedState');
    expect(requestedState).toMatchObject({ kind: 'country', required: true });
    expect(requestedState?.options?.map((option) => option.value).sort()).toEqual(
      Object.values(readmissionAgreements)
        .flatMap((agreement) => agreement.requestedStates)
        .sort(),
    );
    expect(
      caseActions.find((action) => action.id === 'decideForcedReturn')?.inputFields.find((field) => field.name === 'destinationCountry')?.options,
    ).toBeUndefined();
  });

  it("starts from the schema's defaults, unticked boxes and what the screen proposes", () => {
    const draft = caseActions.find((action) => action.id === 'draftReadmissionRequest');
    if (!draft) throw new Error('action missing');
    expect(initialValues(draft.inputFields, { requestedState: 'AL' })).toMatchObject({
      requestedState: 'AL',
      procedure: 'standard',
      attachments: { photo: false },
    });
  });
});

describe("the dialog checks with the action's own schema", () => {
  const resolverOptions = { fields: {}, shouldUseNativeValidation: false, criteriaMode: 'firstError', names: undefined } as const;
  const action = (id: string) => {
    const found = caseActions.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`${id} is not registered`);
    return found;
  };

  it('refuses a blank required field with the form kit\'s "required" message, and hands over the parsed input otherwise', async () => {
    const resolve = actionResolver(action('issueReturnDecision'));
    const refused = await resolve({ departureDays: 30 }, undefined, resolverOptions);
    expect(Object.keys(refused.errors)).toEqual(['decidedOn']);
    expect(decodeValidationMessage(refused.errors.decidedOn?.message, refused.errors.decidedOn?.type)).toEqual({ key: 'intake.validation.required' });
    const accepted = await resolve({ decidedOn: '2026-11-20', departureDays: 30, reference: '' }, undefined, resolverOptions);
    expect(accepted.errors).toEqual({});
    expect(accepted.values).toEqual({ decidedOn: '2026-11-20', departureDays: 30, shortenedPeriodGrounds: [] });
  });

  it("requires a field once another field's value calls for it (a refusal's reasons), not before", async () => {
    const resolve = actionResolver(action('recordTransferOutcome'));
    const refused = await resolve({ outcome: 'refused', on: '2026-11-20' }, undefined, resolverOptions);
    expect(Object.keys(refused.errors)).toEqual(['refusalReason']);
    const accepted = await resolve({ outcome: 'accepted', on: '2026-11-20' }, undefined, resolverOptions);
    expect(accepted.errors).toEqual({});
    const field = action('recordTransferOutcome').inputFields.find((candidate) => candidate.name === 'refusalReason');
    expect(field?.requiredWhen).toEqual({ field: 'outcome', oneOf: ['refused'] });
    expect(field && isRequiredFor(field, { outcome: 'refused' })).toBe(true);
    expect(field && isRequiredFor(field, { outcome: 'accepted' })).toBe(false);
  });

  it('validates the record the screen supplies too (the readmission request)', async () => {
    const resolve = actionResolver(action('recordReadmissionReceipt'), { requestId: '4f1c2a4e-8a5b-4c1e-9d3f-2b7a6c5d4e3f' });
    expect((await resolve({ receivedOn: '2026-11-20' }, undefined, resolverOptions)).errors).toEqual({});
    expect(Object.keys((await actionResolver(action('recordReadmissionReceipt'))({ receivedOn: '2026-11-20' }, undefined, resolverOptions)).errors)).toEqual([
      'requestId',
    ]);
  });
});

describe('the workflow names a field by its label', () => {
  it('a missing field is named by its label key, and each language words it', async () => {
    const result = executeAction('reopenCase', buildCaseFile({ stage: 'CLOSED' }), { ...caseworker, role: 'supervisor' }, new Date('2026-11-23T10:00:00Z'), {});
    if (result.ok) throw new Error('accepted without a reason');
    const [condition] = result.failure.unmet;
    expect(condition).toMatchObject({
      id: 'input_reason',
      messageKey: 'unmet.input_missing',
      params: { field: { group: 'inputField', values: ['caseFile.input.reason'] } },
    });
    expect(condition?.message).toBe('Fill in "reason": it is required.');
    const i18n = await appI18next();
    const { explanationText } = await import('../../../../renderer/src/i18n/explanationText');
    const message = { messageKey: condition?.messageKey, params: condition?.params, text: condition?.message ?? '' };
    expect(explanationText(i18n.t, 'en', message)).toBe(`Fill in "${i18n.t('caseFile.input.reason')}": it is required.`);
    await i18n.changeLanguage('sq');
    expect(explanationText(i18n.t, 'sq', message)).toBe(`Plotësoni "${i18n.t('caseFile.input.reason')}": është e detyrueshme.`);
  });

  it('a value of the wrong kind is named by its label too; a path that is no field of the dialog keeps its path', () => {
    const fields = actionInputFields(z.object({ approvalId: UuidSchema, on: IsoDateSchema }));
    expect(fields.map((field) => [field.name, field.kind, field.labelKey])).toEqual([
      ['approvalId', 'record', 'caseFile.input.approvalId'],
      ['on', 'date', 'caseFile.input.on'],
    ]);
  });
});
