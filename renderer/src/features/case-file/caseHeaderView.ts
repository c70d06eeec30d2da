import type { CaseFile, NationalityStatus } from '../../../../shared/model';
import { primaryNationality, type Deadline } from '../../../../shared/rules';
import { personDisplayName } from '../../ui/format/personName';
import { eligibilitySections, type EligibilitySection } from './eligibilityView';
import { headerDeadline } from './headerDeadline';
import { routeAnswers, type RouteAnswer } from './routeAnswers';

export interface CaseHeaderView {
  reference: string;
  name: string;
  aliases: string[];
  sex: CaseFile['person']['sex'];
  dateOfBirth: string | undefined;
  dateOfBirthEstimated: boolean;
  nationality: { country: string; status: NationalityStatus } | undefined;
  stateless: boolean;
  stage: CaseFile['stage'];
  route: CaseFile['route'];
  /** The most urgent open deadline (shared/rules) of a route that is open, if any runs. */
  urgentDeadline: Deadline | undefined;
  /** The answer first: a verdict per route that applies, with its basis. */
  answers: RouteAnswer[];
  pendingApprovals: number;
}

/** What the case file's header shows: who, which nationality how established, where the case stands, what is due first. */
export function caseHeaderView(
  caseFile: CaseFile,
  today: string,
  sections: readonly EligibilitySection[] = eligibilitySections(caseFile, today),
): CaseHeaderView {
  const primary = caseFile.identities.find((identity) => identity.primary) ?? caseFile.identities[0];
  const nationality = primaryNationality(caseFile);
  return {
    reference: caseFile.reference,
    name: primary ? personDisplayName(primary) : '',
    aliases: caseFile.identities.filter((identity) => identity !== primary).map(personDisplayName),
    sex: caseFile.person.sex,
    dateOfBirth: caseFile.person.dateOfBirth,
    dateOfBirthEstimated: caseFile.person.dateOfBirthEstimated,
    nationality: nationality ? { country: nationality.country, status: nationality.status } : undefined,
    stateless: caseFile.person.stateless,
    stage: caseFile.stage,
    route: caseFile.route,
    urgentDeadline: headerDeadline(caseFile, today, sections),
    answers: routeAnswers(sections),
    pendingApprovals: caseFile.pendingApprovals.filter((approval) => approval.status === 'pending').length,
  };
}
