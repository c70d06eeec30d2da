import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { DueSoonPolicy } from '../../../shared/reference';
import { dueSoonPolicyWithin } from '../../../shared/rules/deadlines';

/** What this hook reads of the workspace's settings. */
export interface DueSoonSettingsSource {
  read: () => Promise<{ dueSoonDays: number }>;
}

/**
 * The office's due-soon policy: the reference policy (shared/reference/deadlinePolicy.ts)
 * with the settings' number of days, live. The case list and the case file both read it,
 * so a deadline is "due soon" on both or on neither.
 */
export function useDueSoonPolicy(settings: DueSoonSettingsSource): DueSoonPolicy {
  const days = useLiveQuery(async () => (await settings.read()).dueSoonDays, [settings]);
  return useMemo(() => dueSoonPolicyWithin(days), [days]);
}
