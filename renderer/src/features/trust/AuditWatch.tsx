import { Alert, Anchor, Group, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { roleMay } from '../../../../shared/model/permissions';
import { useCaseworkSession } from '../../store/useCaseworkSession';
import { isBroken, useAuditStatus } from './auditStatus';
import { AUDIT_SECTION_ID } from './auditSectionId';

/** The verification waits this long after the frame shows, so the first screen is not slowed by it. */
const START_DELAY_MS = 2_000;

/**
 * Mounted once in the app frame: verifies the workspace's audit trail in the background
 * soon after start (and after a switch of workspace), and shows a warning bar on every
 * screen while the last verification found the trail broken.
 */
export function AuditWatch() {
  const { t } = useTranslation();
  const { actor, workspace } = useCaseworkSession();
  const status = useAuditStatus((state) => state.byWorkspace[workspace]);
  const verify = useAuditStatus((state) => state.verify);
  const checked = status !== undefined;

  useEffect(() => {
    if (checked) return undefined;
    // In the background: it yields to an export the user starts meanwhile (both read the whole store).
    const timer = setTimeout(() => void verify(workspace, { background: true }), START_DELAY_MS);
    return () => clearTimeout(timer);
  }, [checked, verify, workspace]);

  if (!isBroken(status)) return null;
  return (
    <Alert color="red" variant="filled" role="alert" mb="md" data-testid="audit-warning-bar" py="xs">
      <Group gap="md" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('trust.warningBar.text')}
        </Text>
        {/* Only the roles that see the audit screen get the link to it. */}
        {actor && roleMay(actor.role, 'audit.verify', workspace) && (
          <Anchor component={Link} to={`/settings#${AUDIT_SECTION_ID}`} c="white" size="sm" td="underline">
            {t('trust.warningBar.link')}
          </Anchor>
        )}
      </Group>
    </Alert>
  );
}
