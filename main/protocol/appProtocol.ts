import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { appResponseSecurityHeaders, securityHeadersFor } from '../security/contentSecurityPolicy';
import { APP_SCHEME } from './appOrigin';
import { resolveAppRequest } from './resolveAppRequest';

/**
 * Must run before `app` is ready. `standard` gives app:// real origins and relative URL
 * resolution; `secure` makes it a secure context like https (needed by crypto.subtle and
 * IndexedDB persistence). No bypassCSP, no service workers, no CORS: the app serves itself.
 */
export function registerAppSchemeAsPrivileged(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

function plainResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...appResponseSecurityHeaders } });
}

/** Serves one app:// request from `rendererDir` (out/renderer). */
export async function serveAppRequest(request: Request, rendererDir: string): Promise<Response> {
  const resolution = resolveAppRequest(request, rendererDir);
  if (resolution.kind === 'refused') return plainResponse(resolution.status, resolution.reason);
  let body: Buffer;
  try {
    body = await readFile(resolution.filePath);
  } catch {
    return plainResponse(404, 'Not found');
  }
  const contentType = contentTypes[path.extname(resolution.filePath).toLowerCase()] ?? 'application/octet-stream';
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': contentType,
      // Files come from the local disk: caching gains nothing and could outlive an update.
      'Cache-Control': 'no-cache',
      ...securityHeadersFor(new URL(request.url).pathname),
    },
  });
}

/** Installs the app:// handler on a session's protocol; call after `app` is ready. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir));
}
