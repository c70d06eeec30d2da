import { execFileSync } from 'node:child_process';

const INSTALL = 'apt-get install -y poppler-utils';

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure poppler's pdftotext is there: installed with apt when missing and the tests run
 * as root (the CI image), else the reason to skip, with the one-line install instruction.
 */
export function ensurePdftotext(): string | undefined {
  if (hasPdftotext()) return undefined;
  if (process.getuid?.() === 0) {
    try {
      execFileSync('sh', ['-c', `apt-get update -qq && ${INSTALL} -qq`], { stdio: 'ignore', timeout: 180_000 });
    } catch {
      // Reported below as a skip.
    }
    if (hasPdftotext()) return undefined;
  }
  return `pdftotext (poppler-utils) is not installed: ${INSTALL}`;
}

/** The text of one page of a PDF (1-based), or of every page when no page is given; pages end in a form feed. */
export function pdfText(path: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [...range, '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** The text of each page, in order: pdftotext ends every page with a form feed. */
export function pdfPages(path: string): string[] {
  return pdfText(path).split('\f').slice(0, -1);
}

/** Whitespace collapsed, so that a sentence wrapped across lines still matches. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
