import { explain, type MessageKey, type MessageParams } from '../explanations';
import type { CalendarDate } from '../reference';
import type { RuleCheck, Verdict } from './ruleCheck';

/** The legal instrument or policy an assessment was made under. */
export interface AppliedBasis {
  /** Reference-data id (e.g. `be_al_2010`, `eu_albania`, `dublin_iii`) or a route id. */
  id: string;
  title: string;
  legalBasis: string;
  verified: boolean;
}

/** An explained assessment: verdict, the basis applied, and every check behind it. */
export interface Assessment<Subject extends string = string> {
  subject: Subject;
  verdict: Verdict;
  /** null when no instrument applies (the checks say why). */
  basis: AppliedBasis | null;
  checks: RuleCheck[];
  assessedOn: CalendarDate;
  /** One-line English summary, its catalogue key and the values it interpolates. */
  summary: string;
  summaryKey: MessageKey;
  summaryParams: MessageParams;
}

/** The summary fields of an assessment, worded from the catalogue. */
export function assessmentSummary(key: MessageKey, params: MessageParams = {}): Pick<Assessment, 'summary' | 'summaryKey' | 'summaryParams'> {
  const explanation = explain(key, params);
  return { summary: explanation.text, summaryKey: explanation.key, summaryParams: explanation.params };
}
