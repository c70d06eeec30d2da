import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishMessages, englishTerms, explain, isMessageKey, placeholdersOf, type MessageKey, type MessageParams } from '../../../shared/explanations';
import type { Actor, CaseFile } from '../../../shared/model';
import {
  assessPrisonLeaseModel,
  assessReturnRoutes,
  assessTransferEligibility,
  caseDeadlines,
  ruleCheck,
  type Assessment,
  type RuleCheck,
} from '../../../shared/rules';
import { availableActions, executeAction, workflowActions, type UnmetCondition } from '../../../shared/workflow';
import { translationsByLanguage } from '../../../renderer/src/i18n/i18n';
import type { Messages } from '../../../renderer/src/i18n/messageBundles';
import { actorArbitrary, arbitraryToday, caseFileArbitrary } from '../arbitraries/caseFile';
import { caseFileArb as rulesCaseFileArb } from './arbitraries';

const languages = ['en', 'nl', 'fr', 'sq'] as const;
const translations = translationsByLanguage();

function textAt(messages: Messages, path: readonly string[]): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const segment of path) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[segment];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Every `{{name}}` of a text, repeats kept, sorted: a translation must interpolate exactly the same values. */
const placeholderList = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

const messageKeys = Object.keys(englishMessages).filter(isMessageKey);

describe('the explanation catalogue: every message shared/ can word is translated', () => {
  it('lists the messages (non-vacuity)', () => {
    expect(messageKeys.length).toBeGreaterThan(300);
  });

  it.each(languages)('%s has every message with exactly the placeholders of its English template', (language) => {
    for (const key of messageKeys) {
      const text = textAt(translations[language], ['explanations', ...key.split('.')]);
      expect(text, `${language}: explanations.${key}`).toBeDefined();
      expect(text?.trim(), `${language}: explanations.${key}`).not.toBe('');
      expect(placeholderList(text ?? ''), `${language}: explanations.${key}`).toEqual(placeholderList(englishMessages[key]));
    }
  });

  it.each(languages)('%s names every coded value a message can list', (language) => {
    for (const [group, words] of Object.entries(englishTerms)) {
      for (const value of Object.keys(words)) {
        const text = textAt(translations[language], ['explanations', 'terms', group, value]);
        expect(text?.trim(), `${language}: explanations.terms.${group}.${value}`).toBeTruthy();
      }
    }
  });

  it.each(['nl', 'fr', 'sq'] as const)('%s leaves no message in English', (language) => {
    const untranslated = messageKeys.filter((key) => textAt(translations[language], ['explanations', ...key.split('.')]) === englishMessages[key]);
    expect(untranslated).toEqual([]);
  });
});

describe('a message can only be worded from the catalogue, with every value it shows in params', () => {
  it('refuses a key that is not in the catalogue', () => {
    expect(() => explain('unmet.no_such_message' as MessageKey)).toThrow('not in the explanation catalogue');
    expect(() => ruleCheck({ id: 'NO-SUCH-CHECK', kind: 'condition', status: 'met', legalBasis: 'none', verified: true, facts: {} })).toThrow(
      'not in the explanation catalogue',
    );
  });

  it('refuses a message whose value is missing from params', () => {
    expect(() => explain('unmet.detention_maximum_reached')).toThrow('takes {date}');
    expect(() => ruleCheck({ id: 'TST-1', kind: 'condition', status: 'met', legalBasis: 'ETS 112 Art. 3(1)(a)', verified: true, facts: {} })).toThrow(
      'takes {state}, was given {}',
    );
  });

  it('refuses a value the message does not show', () => {
    expect(() => explain('unmet.currently_detained', { date: '2026-11-23' })).toThrow('was given {date}');
    expect(() =>
      ruleCheck({ id: 'TST-2', kind: 'condition', status: 'met', legalBasis: 'ETS 112 Art. 3(1)(b)', verified: true, facts: {}, params: { state: 'AL' } }),
    ).toThrow('do not use: state');
  });

  it('words the English text only from the template and the params', () => {
    const explanation = explain('unmet.readmission_request_status', {
      status: { group: 'readmissionStatus', values: ['DRAFT'], join: 'and' },
      statuses: { group: 'readmissionStatus', values: ['SENT', 'INFO_REQUESTED'], join: 'or' },
    });
    expect(explanation.text).toBe('The readmission request is draft; this step applies to a request that is sent or awaiting more information.');
  });
});

interface Produced {
  key: string;
  params: MessageParams;
  text: string;
  /** Templates that may use the params (a check's text and its remedy share them). */
  templates: string[];
}

function fromCheck(check: RuleCheck): Produced[] {
  const templates = [check.messageKey, ...(check.toChange ? [check.toChange.messageKey] : [])];
  return [
    { key: check.messageKey, params: check.params, text: check.text, templates },
    ...(check.toChange ? [{ key: check.toChange.messageKey, params: check.params, text: check.toChange.text, templates }] : []),
  ];
}

function fromAssessment(assessment: Assessment): Produced[] {
  return [
    { key: assessment.summaryKey, params: assessment.summaryParams, text: assessment.summary, templates: [assessment.summaryKey] },
    ...assessment.checks.flatMap(fromCheck),
  ];
}

function fromCondition(condition: UnmetCondition): Produced[] {
  if (condition.messageKey === undefined) return [];
  const params = condition.params ?? {};
  const templates = [condition.messageKey, ...(condition.toChange ? [condition.toChange.messageKey] : [])];
  const text = condition.toChange ? condition.message.slice(0, condition.message.length - condition.toChange.text.length - 1) : condition.message;
  return [
    { key: condition.messageKey, params, text, templates },
    ...(condition.toChange ? [{ key: condition.toChange.messageKey, params, text: condition.toChange.text, templates }] : []),
  ];
}

/** Everything shared/ words about a case: assessments, deadlines, and every action's conditions (without input and with none given). */
function everyMessage(caseFile: CaseFile, actor: Actor): { produced: Produced[]; legacyIds: string[] } {
  const now = new Date(`${arbitraryToday}T10:00:00.000Z`);
  const routes = assessReturnRoutes(caseFile, arbitraryToday);
  const transfer = assessTransferEligibility(caseFile, arbitraryToday);
  const assessments: Assessment[] = [
    transfer,
    ...transfer.alternatives,
    routes.voluntary,
    routes.forced,
    routes.readmission,
    routes.dublin,
    routes.protectionMemberState,
    assessPrisonLeaseModel(caseFile, arbitraryToday),
  ];
  const deadlines = caseDeadlines(caseFile, arbitraryToday).flatMap((deadline) => [
    ...(deadline.consequence
      ? [{ key: deadline.consequence.messageKey, params: {}, text: deadline.consequence.text, templates: [deadline.consequence.messageKey] }]
      : []),
    ...(deadline.note ? [{ key: deadline.note.key, params: deadline.note.params, text: deadline.note.text, templates: [deadline.note.key] }] : []),
  ]);
  const caseConditions = availableActions(caseFile, actor, now).flatMap((action) => action.unmet);
  const refusals = workflowActions.flatMap((action) => {
    const result = executeAction(action.id, caseFile, actor, now, {});
    // The case-facts amendment (engineer A's action) still words its own refusals in English only.
    return result.ok ? [] : result.failure.unmet.filter((condition) => condition.messageKey !== undefined || action.id !== 'amendCaseFacts');
  });
  const conditions = [...caseConditions, ...refusals];
  return {
    produced: [...assessments.flatMap(fromAssessment), ...deadlines, ...conditions.flatMap(fromCondition)],
    legacyIds: conditions.filter((condition) => condition.messageKey === undefined).map((condition) => condition.id),
  };
}

describe('every message the rules and the workflow produce is a catalogue message filled only from its params', () => {
  it('holds for arbitrary case files and actors', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.oneof(caseFileArbitrary(), rulesCaseFileArb), actorArbitrary, (caseFile, actor) => {
        const { produced, legacyIds } = everyMessage(caseFile, actor);
        expect(legacyIds).toEqual([]);
        for (const message of produced) {
          seen.add(message.key);
          expect(isMessageKey(message.key), message.key).toBe(true);
          if (!isMessageKey(message.key)) continue;
          const template = englishMessages[message.key];
          const used = new Set(message.templates.filter(isMessageKey).flatMap((key) => placeholdersOf(englishMessages[key])));
          expect(
            Object.keys(message.params).filter((name) => !used.has(name)),
            `${message.key}: values it does not show`,
          ).toEqual([]);
          const shown = Object.fromEntries(placeholdersOf(template).map((name) => [name, message.params[name]]));
          expect(
            placeholdersOf(template).filter((name) => message.params[name] === undefined),
            `${message.key}: values missing`,
          ).toEqual([]);
          expect(message.text, message.key).toBe(explain(message.key, shown as MessageParams).text);
        }
      }),
      { numRuns: 150, seed: 20261123 },
    );
    // Non-vacuity: the property reached a good share of the catalogue.
    expect(seen.size).toBeGreaterThan(200);
  });
});
