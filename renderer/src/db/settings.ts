import { z } from 'zod';
import type { Actor } from '../../../shared/model/actor';
import { writeWithAudit } from './auditedWrite';
import { assertPermission } from './permissions';
import type { StoreContext } from './storeContext';

/** The settings an administrator can change, each with its default. */
export const SettingsSchema = z.object({
  /** Minutes of inactivity before the session locks (issue 4: 15). */
  sessionIdleMinutes: z.int().min(1).max(60).default(15),
  office: z.string().min(1).max(50).default('BRU'),
  /** Days before a deadline at which it is shown as due soon, beyond the 75 % rule. */
  dueSoonDays: z.int().min(0).max(90).default(7),
});
export type Settings = z.infer<typeof SettingsSchema>;

const SETTINGS_KEY = 'settings';

export function createSettings(context: StoreContext) {
  const { db, workspace } = context;

  async function read(): Promise<Settings> {
    const row = await db.meta.get(SETTINGS_KEY);
    const parsed = SettingsSchema.safeParse(row?.value ?? {});
    // A damaged settings row falls back to the defaults rather than locking everyone out.
    return parsed.success ? parsed.data : SettingsSchema.parse({});
  }

  return {
    read,
    async update(actor: Actor, patch: Partial<Settings>): Promise<Settings> {
      assertPermission(actor, 'settings.write', workspace);
      const before = await read();
      const after = SettingsSchema.parse({ ...before, ...patch });
      const changes = (Object.keys(after) as (keyof Settings)[])
        .filter((key) => before[key] !== after[key])
        .map((key) => ({ path: `settings.${key}`, before: before[key], after: after[key] }));
      if (changes.length === 0) return after;
      await writeWithAudit(
        db,
        [{ id: context.newId(), actor: { ...actor }, at: context.now().toISOString(), action: 'settings.changed', subject: 'settings', changes }],
        async () => {
          await db.meta.put({ key: SETTINGS_KEY, value: after });
        },
      );
      return after;
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettings>;
