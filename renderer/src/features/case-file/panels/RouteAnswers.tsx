import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useExplanation } from '../../../i18n/useExplanation';
import { verdictColour } from '../eligibilityView';
import { UnverifiedMarker } from '../../../ui/LegalCitation';
import type { RouteAnswer } from '../routeAnswers';

/**
 * The answer first, in the case header: a line per route that applies, its verdict, the
 * instrument in short and whether it needs the person's consent. Each line is a button that
 * opens the route's full explanation in the eligibility panel.
 */
export function RouteAnswers({ answers, onExplain }: { answers: readonly RouteAnswer[]; onExplain: (id: RouteAnswer['id']) => void }) {
  const { t } = useTranslation();
  const explain = useExplanation();
  return (
    <ul className="route-answers" aria-label={t('caseFile.answer.label')} data-testid="route-answers" data-tour="case-header-verdict">
      {answers.map((answer) => {
        const route = t(`caseFile.eligibility.sections.${answer.id}`);
        const basis =
          answer.basisId === null
            ? t('caseFile.answer.noBasis')
            : t(`caseFile.answer.basisShort.${answer.basisId}`, { defaultValue: answer.basisTitle ?? answer.basisId });
        return (
          <li key={answer.id} data-testid={`answer-${answer.id}`} data-verdict={answer.verdict}>
            <UnstyledButton className="route-answer" onClick={() => onExplain(answer.id)} title={explain(answer.summary)}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={600} className="route-answer-route">
                  {route}
                </Text>
                <Badge color={verdictColour(answer.verdict)} variant="light" data-testid="answer-verdict">
                  {t(`caseFile.eligibility.verdicts.${answer.verdict}`)}
                </Badge>
                <Text size="sm" data-testid="answer-basis">
                  {answer.basisId === null ? basis : t('caseFile.answer.basis', { basis })}
                  {answer.basisId !== null && !answer.basisVerified && (
                    <>
                      {' '}
                      <UnverifiedMarker />
                    </>
                  )}
                </Text>
                {answer.consent && (
                  <Text size="sm" fw={600} data-testid="answer-consent">
                    {t(answer.consent === 'with' ? 'caseFile.answer.withConsent' : 'caseFile.answer.withoutConsent')}
                  </Text>
                )}
                <Text size="xs" c="dimmed" className="route-answer-more" aria-hidden>
                  {t('caseFile.answer.more')}
                </Text>
              </Group>
            </UnstyledButton>
          </li>
        );
      })}
    </ul>
  );
}
