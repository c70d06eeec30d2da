import { useMemo } from 'react';
import type { DueSoonPolicy } from '../../../shared/reference';
import { dueSoonPolicyWithin } from '../../../shared/rules/deadlines';
import type { Workspace } from '../db/workspace';
import { useSettings } from '../store/useSettings';

/**
 * The office's due-soon policy: the reference policy (shared/reference/deadlinePolicy.ts)
 * with the settings' number of days, live. The case list and the case file both read it,
 * so a deadline is "due soon" on both or on neither.
 */
export function useDueSoonPolicy(workspace: Workspace): DueSoonPolicy {
  const days = useSettings(workspace)?.dueSoonDays;
  return useMemo(() => dueSoonPolicyWithin(days), [days]);
}
