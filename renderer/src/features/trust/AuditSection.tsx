import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { roleMay } from '../../../../shared/model/permissions';
import { useCaseworkSession } from '../../store/useCaseworkSession';
import { useFormats } from '../../ui/format/useFormats';
import { useAuditStatus } from './auditStatus';
import { AUDIT_SECTION_ID } from './auditSectionId';

/**
 * Settings → Audit trail verification (supervisors, trainers and administrators): runs the
 * verification on demand and says "intact up to event N", or names the first broken event
 * and the case it concerns, with a link to that case.
 */
export function AuditSection() {
  const { t } = useTranslation();
  const formats = useFormats();
  const { actor, workspace } = useCaseworkSession();
  const status = useAuditStatus((state) => state.byWorkspace[workspace]);
  const verify = useAuditStatus((state) => state.verify);
  const location = useLocation();
  const title = useRef<HTMLHeadingElement>(null);
  const linked = location.hash === `#${AUDIT_SECTION_ID}`;

  useEffect(() => {
    if (!linked) return undefined;
    // After the frame has focused the page's heading (its effect runs after this one): the link's target takes the focus.
    const timer = setTimeout(() => title.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [linked, location.key]);

  if (!actor || !roleMay(actor.role, 'audit.verify', workspace)) return null;
  const report = status?.verification?.report;
  const reference = status?.verification?.caseReference;
  return (
    <Card withBorder maw={880} component="section" aria-labelledby={`${AUDIT_SECTION_ID}-title`} id={AUDIT_SECTION_ID}>
      <Stack gap="sm" align="flex-start">
        <Title order={3} size="h4" id={`${AUDIT_SECTION_ID}-title`} ref={title} tabIndex={-1}>
          {t('trust.auditScreen.title')}
        </Title>
        <Text size="sm">{t('trust.auditScreen.intro')}</Text>
        <Button onClick={() => void verify(workspace)} loading={status?.running === true}>
          {t('trust.auditScreen.run')}
        </Button>
        <div aria-live="polite" data-testid="audit-result" style={{ alignSelf: 'stretch' }}>
          {status?.running && <Text size="sm">{t('trust.auditScreen.running')}</Text>}
          {!status?.running && !status?.checkedAt && <Text size="sm">{t('trust.auditScreen.notRun')}</Text>}
          {!status?.running && status?.failed && (
            <Alert color="red" variant="light">
              {t('trust.auditScreen.failed')}
            </Alert>
          )}
          {!status?.running && report?.ok === true && (
            <Alert color="green" variant="light" title={t('trust.auditScreen.verifiedTitle')}>
              <Stack gap={4}>
                <Text size="sm">{t('trust.audit.verified', { sequence: report.verifiedUpTo })}</Text>
                <Text size="sm">{t('trust.auditScreen.events', { count: report.events })}</Text>
                <Text size="sm">{t(`trust.auditScreen.anchor.${report.anchor}`)}</Text>
                {report.uncheckedCases > 0 && <Text size="sm">{t('trust.auditScreen.uncheckedCases', { count: report.uncheckedCases })}</Text>}
              </Stack>
            </Alert>
          )}
          {!status?.running && report?.ok === false && (
            <Alert color="red" variant="light" title={t('trust.auditScreen.brokenTitle')}>
              <Stack gap={4} align="flex-start">
                <Text size="sm" fw={600}>
                  {t(`trust.audit.broken.${report.problem}`, { sequence: report.brokenAt, reference: reference ?? report.caseId ?? '' })}
                </Text>
                {report.caseId && reference && (
                  <Anchor component={Link} to={`/cases/${report.caseId}`} size="sm">
                    {t('trust.auditScreen.openCase', { reference })}
                  </Anchor>
                )}
                <Text size="sm">{t('trust.auditScreen.whatToDo')}</Text>
              </Stack>
            </Alert>
          )}
          {status?.checkedAt && !status.running && (
            <Group mt="xs">
              <Text size="xs" c="dimmed">
                {t('trust.auditScreen.checkedAt', { time: formats.dateTime(status.checkedAt) })}
              </Text>
            </Group>
          )}
        </div>
      </Stack>
    </Card>
  );
}
