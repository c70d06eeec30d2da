import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

export interface SiteOptions {
  /** Folders served under a path prefix instead of the root, e.g. { '/__bench__/': benchPageDir }. */
  mounts?: Readonly<Record<string, string>>;
  /**
   * A single-page app at the root: a path that is no file and has no extension
   * (/cases, /cases/<id>) gets the root's index.html, as vite preview and the app's
   * protocol handler do.
   */
  spaFallback?: boolean;
  /** A fixed port (the bench's kept store: the same origin, so the same IndexedDB, run after run); a free one by default. */
  port?: number;
}

function insideOf(root: string, file: string): boolean {
  return file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves a built folder on 127.0.0.1 (a random free port, or `port`), optionally with other folders
 * mounted under path prefixes (same origin, so they share IndexedDB) and an SPA fallback:
 * enough for a test page or the built renderer, nothing more.
 */
export async function serveFolder(root: string, options: SiteOptions = {}): Promise<StaticServer> {
  const mounts = Object.entries(options.mounts ?? {});
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      const mount = mounts.find(([prefix]) => path.startsWith(prefix));
      const base = mount ? mount[1] : root;
      const relative = mount ? `/${path.slice(mount[0].length)}` : path;
      const file = normalize(join(base, relative.endsWith('/') ? `${relative}index.html` : relative));
      if (!insideOf(base, file)) {
        response.writeHead(403).end();
        return;
      }
      const served = (await isFile(file)) ? file : !mount && options.spaFallback && extname(relative) === '' ? join(root, 'index.html') : undefined;
      if (!served) {
        response.writeHead(404).end('not found');
        return;
      }
      response.writeHead(200, { 'content-type': contentTypes[extname(served)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      createReadStream(served).pipe(response);
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
