import { Dexie, type Table } from 'dexie';
import { z } from 'zod';

/**
 * Unfinished intakes, kept on this computer as the caseworker types so that nothing is lost
 * to a crash or a closed window. The local store has no drafts API yet, so the feature
 * keeps its own small IndexedDB database; one draft per user and workspace.
 */
export const IntakeDraftSchema = z.object({
  key: z.string().min(1),
  savedAt: z.iso.datetime({ offset: true }),
  step: z.int().min(0),
  values: z.record(z.string(), z.unknown()),
});
export type IntakeDraft = z.infer<typeof IntakeDraftSchema>;

class IntakeDraftDatabase extends Dexie {
  drafts!: Table<IntakeDraft, string>;

  constructor() {
    super('ercms-intake-drafts');
    this.version(1).stores({ drafts: 'key' });
  }
}

let database: IntakeDraftDatabase | undefined;

function drafts(): Table<IntakeDraft, string> {
  database ??= new IntakeDraftDatabase();
  return database.drafts;
}

export function draftKey(workspace: string, userId: string): string {
  return `${workspace}:${userId}`;
}

/** The stored draft, or undefined when there is none or it cannot be read. */
export async function loadIntakeDraft(key: string): Promise<IntakeDraft | undefined> {
  const parsed = IntakeDraftSchema.safeParse(await drafts().get(key));
  return parsed.success ? parsed.data : undefined;
}

export async function saveIntakeDraft(draft: IntakeDraft): Promise<void> {
  await drafts().put(draft);
}

export async function discardIntakeDraft(key: string): Promise<void> {
  await drafts().delete(key);
}
