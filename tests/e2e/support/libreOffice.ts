import { execFileSync, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';

const run = promisify(execFile);

/** The one line a test that needs LibreOffice skips with when it is missing and cannot be installed here. */
export const libreOfficeInstall = 'LibreOffice Calc is not installed: sudo apt-get install -y libreoffice-calc';

function which(command: string): string | undefined {
  try {
    return execFileSync('which', [command], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The `soffice` of Debian's libreoffice-calc. When it is missing and the tests run as root
 * with apt (a CI container), it is installed; otherwise undefined, and the test skips with
 * `libreOfficeInstall`.
 */
export function findOrInstallLibreOffice(): string | undefined {
  const found = which('soffice') ?? which('libreoffice');
  if (found) return found;
  if (process.getuid?.() !== 0 || !which('apt-get')) return undefined;
  try {
    execFileSync('apt-get', ['update'], { stdio: 'ignore', timeout: 300_000 });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'libreoffice-calc'], {
      stdio: 'ignore',
      timeout: 900_000,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    return undefined;
  }
  return which('soffice') ?? which('libreoffice');
}

/**
 * Converts `files` with LibreOffice, headless, into `outDir` (`convertTo`: e.g. `fods`, or
 * `csv:<filter>:<options>`; `inFilter` forces the import filter and its options). A profile of
 * its own under the test's output (`profileDir`): the first start creates it, which is slow,
 * hence the generous timeout of this step alone.
 */
export async function convertWithLibreOffice(
  soffice: string,
  files: readonly string[],
  options: { convertTo: string; outDir: string; profileDir: string; inFilter?: string; timeoutMs?: number },
): Promise<void> {
  await run(
    soffice,
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=${pathToFileURL(options.profileDir).href}`,
      ...(options.inFilter ? [`--infilter=${options.inFilter}`] : []),
      '--convert-to',
      options.convertTo,
      '--outdir',
      options.outDir,
      ...files,
    ],
    { timeout: options.timeoutMs ?? 120_000 },
  );
}
