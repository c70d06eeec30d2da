import { SettingsSchema, type Settings } from '../../db/settings';

/** The settings' own default (issue 4: 15 minutes), read from the schema rather than copied. */
const defaultIdleMinutes = SettingsSchema.parse({}).sessionIdleMinutes;

/** How long without keyboard, mouse or touch input before the session locks: the settings', their default while they load. */
export function idleTimeoutMs(settings: Pick<Settings, 'sessionIdleMinutes'> | undefined): number {
  return (settings?.sessionIdleMinutes ?? defaultIdleMinutes) * 60_000;
}
