import { Badge, NavLink as MantineNavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Workspace } from '../../db/workspace';
import { useCaseworkSession } from '../../store/useCaseworkSession';
import { awaitingApprovalsBadge, decidesApprovals } from './awaitingApprovalsBadge';
import { useAwaitingApprovalCount } from '../../store/usePendingApprovals';

interface ApprovalsNavLinkProps {
  to: string;
  label: string;
}

/** Approvals in the navigation; for whoever decides proposals, with how many cases await a decision. */
export function ApprovalsNavLink({ to, label }: ApprovalsNavLinkProps) {
  const { actor, workspace } = useCaseworkSession();
  if (actor && decidesApprovals(actor.role, workspace)) return <CountedApprovalsNavLink to={to} label={label} workspace={workspace} />;
  return <MantineNavLink component={NavLink} to={to} label={label} />;
}

/**
 * The count is a live query of the sparse awaiting-approval index: it follows proposals and
 * decisions made in any window. The link's name says what the number means ("Approvals, 3
 * awaiting"); the badge itself is hidden from assistive technology.
 */
function CountedApprovalsNavLink({ to, label, workspace }: ApprovalsNavLinkProps & { workspace: Workspace }) {
  const { t } = useTranslation();
  const badge = awaitingApprovalsBadge(useAwaitingApprovalCount(workspace), t);
  return (
    <MantineNavLink
      component={NavLink}
      to={to}
      label={label}
      aria-label={badge?.accessibleName}
      rightSection={
        badge && (
          // A word break between "Approvals" and the count: the link's name holds the visible words in order ("Approvals 3"), as speech input says them.
          <>
            {' '}
            <Badge size="sm" aria-hidden data-testid="awaiting-approvals-badge">
              {badge.count}
            </Badge>
          </>
        )
      }
    />
  );
}
