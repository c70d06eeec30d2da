import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../../main/protocol/appProtocol';
import { isTrustedUrl, originOf, trustedOrigins } from '../../../main/protocol/appOrigin';
import { resolveAppRequest } from '../../../main/protocol/resolveAppRequest';
import { CONTENT_SECURITY_POLICY, securityHeadersFor, WEBASSEMBLY_WORKER_CONTENT_SECURITY_POLICY } from '../../../main/security/contentSecurityPolicy';

// The app:// protocol is the renderer's only door to the disk; these are its rules.
const root = path.resolve('/opt/ercms/out/renderer');
const get = (url: string) => resolveAppRequest({ method: 'GET', url }, root);

describe('resolveAppRequest', () => {
  it('serves a file of the built renderer', () => {
    expect(get('app://ercms/assets/index-abc.js')).toEqual({ kind: 'file', filePath: path.join(root, 'assets', 'index-abc.js'), spaFallback: false });
  });

  it('answers index.html for the root and for client-side routes (SPA fallback)', () => {
    for (const url of ['app://ercms/', 'app://ercms', 'app://ercms/cases/42', 'app://ercms/cases/42/print?lang=nl']) {
      expect(get(url)).toEqual({ kind: 'file', filePath: path.join(root, 'index.html'), spaFallback: true });
    }
  });

  it('refuses every method but GET', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']) {
      expect(resolveAppRequest({ method, url: 'app://ercms/index.html' }, root)).toMatchObject({ kind: 'refused', status: 405 });
    }
  });

  it('refuses encoded traversal that the URL parser does not normalise', () => {
    for (const url of [
      'app://ercms/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://ercms/assets/%2E%2E%2F%2E%2E%2F..%2Fsecret.txt',
      'app://ercms/..%2f..%2fetc/passwd.txt',
      'app://ercms/assets/..%5c..%5csecret.txt',
      'app://ercms/assets/.%2e%2f.%2e%2fx.js',
    ]) {
      expect(get(url), url).toMatchObject({ kind: 'refused' });
    }
  });

  it('never resolves outside the renderer folder, even when the parser removes the dots', () => {
    for (const url of ['app://ercms/../../etc/passwd', 'app://ercms/%2e%2e/%2e%2e/etc/passwd', 'app://ercms/assets/../../../x.txt']) {
      const resolution = get(url);
      if (resolution.kind === 'file') expect(resolution.filePath.startsWith(root + path.sep)).toBe(true);
    }
  });

  it('refuses absolute paths, drive letters, NUL bytes and malformed encodings', () => {
    expect(get('app://ercms//etc/passwd')).toMatchObject({ kind: 'refused' });
    expect(get('app://ercms/C:/Windows/win.ini')).toMatchObject({ kind: 'refused' });
    expect(get('app://ercms/index.html%00.js')).toMatchObject({ kind: 'refused', status: 400 });
    expect(get('app://ercms/%E0%A4%A.js')).toMatchObject({ kind: 'refused', status: 400 });
  });

  it('refuses other schemes and hosts', () => {
    expect(get('file:///etc/passwd')).toMatchObject({ kind: 'refused', status: 403 });
    expect(get('app://other/index.html')).toMatchObject({ kind: 'refused', status: 403 });
    expect(get('not a url')).toMatchObject({ kind: 'refused', status: 400 });
  });
});

describe('app origin', () => {
  it('reads the origin of custom-scheme URLs, which URL.origin reports as "null"', () => {
    expect(originOf('app://ercms/cases/1')).toBe('app://ercms');
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173');
    expect(originOf('about:blank')).toBeUndefined();
  });

  it('trusts only app://ercms, and the dev server when one is given', () => {
    const built = trustedOrigins(undefined);
    expect(isTrustedUrl('app://ercms/cases', built)).toBe(true);
    expect(isTrustedUrl('app://ercms.evil.example/', built)).toBe(false);
    expect(isTrustedUrl('https://example.org/', built)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/', built)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/', trustedOrigins('http://localhost:5173/'))).toBe(true);
  });
});

describe('Content-Security-Policy', () => {
  it('allows scripts from the app only, never eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('lets only the WebAssembly workers compile WebAssembly, and nothing eval', () => {
    expect(WEBASSEMBLY_WORKER_CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(WEBASSEMBLY_WORKER_CONTENT_SECURITY_POLICY.replaceAll("'wasm-unsafe-eval'", '')).not.toContain('unsafe-eval');
    expect(WEBASSEMBLY_WORKER_CONTENT_SECURITY_POLICY.replace(" 'wasm-unsafe-eval'", '')).toBe(CONTENT_SECURITY_POLICY);
    expect(securityHeadersFor('/assets/wasm-workers/caseCsvExport.worker-Ab12.js')['Content-Security-Policy']).toBe(WEBASSEMBLY_WORKER_CONTENT_SECURITY_POLICY);
    for (const pathname of ['/', '/assets/index-Ab12.js', '/assets/caseloadGenerator.worker-Ab12.js', '/cases/assets/wasm-workers/x.js'])
      expect(securityHeadersFor(pathname)['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('serveAppRequest', () => {
  let rendererDir: string;
  let outside: string;

  beforeAll(async () => {
    outside = await mkdtemp(path.join(tmpdir(), 'ercms-protocol-'));
    rendererDir = path.join(outside, 'renderer');
    await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    await mkdir(path.join(rendererDir, 'assets', 'wasm-workers'), { recursive: true });
    await writeFile(path.join(rendererDir, 'assets', 'wasm-workers', 'export.worker.js'), 'postMessage(1)');
    await writeFile(path.join(outside, 'secret.txt'), 'secret');
  });

  afterAll(async () => {
    await rm(outside, { recursive: true, force: true });
  });

  it('serves files with their type and the Content-Security-Policy', async () => {
    const response = await serveAppRequest(new Request('app://ercms/assets/app.js'), rendererDir);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('serves a WebAssembly worker with its own policy', async () => {
    const response = await serveAppRequest(new Request('app://ercms/assets/wasm-workers/export.worker.js'), rendererDir);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(WEBASSEMBLY_WORKER_CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('answers index.html for a client-side route and 404 for a missing file', async () => {
    const route = await serveAppRequest(new Request('app://ercms/cases/42'), rendererDir);
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await route.text()).toContain('id="root"');
    expect((await serveAppRequest(new Request('app://ercms/assets/missing.js'), rendererDir)).status).toBe(404);
  });

  it('does not serve a file next to the renderer folder, nor answer a POST', async () => {
    const traversal = await serveAppRequest(new Request('app://ercms/..%2fsecret.txt'), rendererDir);
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).not.toContain('secret');
    expect((await serveAppRequest(new Request('app://ercms/index.html', { method: 'POST', body: 'x' }), rendererDir)).status).toBe(405);
  });
});
