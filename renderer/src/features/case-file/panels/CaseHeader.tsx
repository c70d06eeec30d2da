import { Avatar, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseHeaderView } from '../caseHeaderView';
import { deadlineStateColour } from '../deadlineRows';
import { useFormats } from '../../../ui/format/useFormats';
import type { RouteAnswer } from '../routeAnswers';
import { RouteAnswers } from './RouteAnswers';

/** Who the case is about, how their nationality stands, where the case is, what is due first. */
export function CaseHeader({
  view,
  onExplain,
  actions,
  headerRef,
}: {
  view: CaseHeaderView;
  onExplain: (id: RouteAnswer['id']) => void;
  actions?: ReactNode;
  /** Focused after a step is saved: the header shows its result (stage, next deadline, answers). */
  headerRef?: Ref<HTMLElement>;
}) {
  const { t } = useTranslation();
  const formats = useFormats();
  const deadline = view.urgentDeadline;
  return (
    <Paper
      withBorder
      p="md"
      component="header"
      aria-label={t('caseFile.header.label')}
      data-tour="case-header"
      ref={headerRef}
      tabIndex={-1}
      data-testid="case-header"
    >
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <Avatar size={72} radius="sm" aria-label={t('caseFile.header.photoPlaceholder')} role="img" />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" c="dimmed">
            {view.reference}
          </Text>
          <Title order={2} data-testid="case-name" data-page-heading tabIndex={-1}>
            {view.name}
          </Title>
          {view.aliases.length > 0 && <Text size="sm">{t('caseFile.header.aliases', { names: view.aliases.join(', ') })}</Text>}
          <Text size="sm">
            {t(`intake.enums.sex.${view.sex}`)}
            {' · '}
            {view.dateOfBirth
              ? t(view.dateOfBirthEstimated ? 'caseFile.header.bornEstimated' : 'caseFile.header.born', { date: formats.date(view.dateOfBirth) })
              : t('caseFile.header.birthUnknown')}
          </Text>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t('caseFile.header.nationality')}
            </Text>
            <Text size="sm" data-testid="nationality-status">
              {view.nationality
                ? t('caseFile.header.nationalityValue', {
                    country: formats.country(view.nationality.country),
                    status: t(`intake.enums.nationalityStatus.${view.nationality.status}`),
                  })
                : view.stateless
                  ? t('caseFile.header.stateless')
                  : t('caseFile.header.noNationality')}
            </Text>
          </Group>
        </Stack>
        <Stack gap={6} align="flex-end" maw="45%">
          {actions}
          <Badge size="lg" variant="light" data-testid="case-stage" data-tour="case-header-stage">
            {t(`caseFile.stages.${view.stage}`)}
          </Badge>
          <Text size="sm">{t('caseFile.header.route', { route: t(`caseFile.routes.${view.route}`) })}</Text>
          {deadline ? (
            <Badge color={deadlineStateColour(deadline.state)} variant="light" data-testid="urgent-deadline">
              {t('caseFile.header.nextDeadline', {
                label: t(`caseFile.${deadline.labelKey}`, { defaultValue: deadline.label }),
                date: formats.date(deadline.dueDate),
              })}
            </Badge>
          ) : (
            <Text size="sm" c="dimmed">
              {t('caseFile.header.noDeadline')}
            </Text>
          )}
          {view.pendingApprovals > 0 && (
            <Badge color="grape" variant="light">
              {t('caseFile.header.awaitingApproval')}
            </Badge>
          )}
        </Stack>
      </Group>
      {view.answers.length > 0 && <RouteAnswers answers={view.answers} onExplain={onExplain} />}
    </Paper>
  );
}
