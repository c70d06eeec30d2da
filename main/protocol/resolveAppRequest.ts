import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';

export interface AppRequestLike {
  readonly method: string;
  readonly url: string;
}

export type AppRequestResolution =
  { kind: 'file'; filePath: string; spaFallback: boolean } | { kind: 'refused'; status: 400 | 403 | 404 | 405; reason: string };

const refused = (status: 400 | 403 | 404 | 405, reason: string): AppRequestResolution => ({ kind: 'refused', status, reason });

/**
 * Maps an app:// request to a file under `rootDir` (the built renderer), without touching
 * the disk. Pure so that the traversal rules are unit-tested in Node.
 *
 * - GET only: the renderer is static; nothing may be posted to the protocol.
 * - The path is percent-decoded *before* it is checked, so `%2e%2e`, `%2f` and `%5c`
 *   cannot smuggle a `..` or a separator past the check.
 * - A path without an extension is a client-side route: it gets index.html (SPA fallback).
 * - The result must stay inside `rootDir`, checked once more after path.resolve.
 */
export function resolveAppRequest(request: AppRequestLike, rootDir: string): AppRequestResolution {
  if (request.method.toUpperCase() !== 'GET') return refused(405, `Method ${request.method} is not allowed`);

  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return refused(400, 'Malformed URL');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refused(403, 'Not an app URL');

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return refused(400, 'Malformed percent-encoding');
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return refused(400, 'Forbidden character in path');

  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return refused(403, 'Path traversal refused');
  // A drive letter ("C:") or an empty first segment after "//" would make the path absolute on some platform.
  if (segments.some((segment) => /^[a-z]:$/i.test(segment)) || decoded.startsWith('//')) return refused(403, 'Absolute path refused');

  const lastSegment = segments.at(-1);
  const spaFallback = lastSegment === undefined || path.posix.extname(lastSegment) === '';
  const relative = spaFallback ? 'index.html' : segments.join('/');

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative);
  const fromRoot = path.relative(root, filePath);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return refused(403, 'Path traversal refused');

  return { kind: 'file', filePath, spaFallback };
}
