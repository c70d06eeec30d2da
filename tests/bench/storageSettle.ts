import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Size and latest change of every file under `folder` (a profile's IndexedDB folder). */
async function folderState(folder: string): Promise<string> {
  let bytes = 0;
  let files = 0;
  let latest = 0;
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const info = await stat(join(entry.parentPath, entry.name)).catch(() => undefined);
    if (!info) continue;
    bytes += info.size;
    files += 1;
    latest = Math.max(latest, info.mtimeMs);
  }
  return `${files}|${bytes}|${latest}`;
}

/**
 * Waits until Chromium stops writing under `folder`: no file added, grown or touched for
 * `quietMs` (leveldb compacts the rows of a bulk seed for minutes after it, on both sides;
 * measured during that, a read or a write of either side took up to three times its steady
 * time). Gives up after `limitMs`. Returns how long it waited and whether it went quiet.
 */
export async function waitForQuietStorage(
  folder: string,
  { quietMs = 8_000, pollMs = 1_000, limitMs = 300_000 } = {},
): Promise<{ waitedMs: number; quiet: boolean }> {
  const started = Date.now();
  let state = await folderState(folder);
  let quietSince = Date.now();
  while (Date.now() - started < limitMs) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    const next = await folderState(folder);
    if (next !== state) {
      state = next;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) {
      return { waitedMs: Date.now() - started, quiet: true };
    }
  }
  return { waitedMs: Date.now() - started, quiet: false };
}
