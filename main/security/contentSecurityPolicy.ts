/**
 * The Content-Security-Policy of every page served from app://.
 * - script-src 'self' without 'unsafe-eval' or 'unsafe-inline': an injected string can
 *   never become code, which is what keeps a case note from turning into a script.
 * - style-src allows inline styles because Mantine sets style attributes and injects its
 *   CSS variables in a <style> element at runtime; styles cannot run code.
 * - connect-src 'self': the app is offline; nothing may be sent elsewhere.
 */
export const contentSecurityPolicyDirectives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
};

function policyOf(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = policyOf(contentSecurityPolicyDirectives);

/**
 * Where the build puts the scripts of the workers that compile WebAssembly (renderer/vite.config.ts):
 * the case export's, which opens sealed records with libsodium (renderer/src/db/wasmRecordOpener.ts).
 */
export const WEBASSEMBLY_WORKERS_PATH = '/assets/wasm-workers/';

/**
 * The policy of those workers' scripts: the pages' own, plus 'wasm-unsafe-eval', which lets
 * their code compile WebAssembly and nothing else ('unsafe-eval', strings turned into
 * JavaScript, stays refused). A dedicated worker follows the policy its own script was served
 * with, not its page's, so the pages keep script-src 'self' alone. The worker renders nothing
 * and runs only this build's code: to compile a module in it, one must already run code there.
 */
export const WEBASSEMBLY_WORKER_CONTENT_SECURITY_POLICY = policyOf({
  ...contentSecurityPolicyDirectives,
  'script-src': [...(contentSecurityPolicyDirectives['script-src'] ?? []), "'wasm-unsafe-eval'"],
});

/**
 * Headers sent with every app:// response, and by the browser mode's server (renderer/vite.config.ts
 * `preview.headers`), so that a page served on 127.0.0.1 is as closed as the Electron window:
 * no other page may frame it (frame-ancestors, and X-Frame-Options for older engines).
 */
export const appResponseSecurityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/** The headers of the response at `pathname` (the URL's path): the WebAssembly workers' policy under WEBASSEMBLY_WORKERS_PATH. */
export function securityHeadersFor(pathname: string): Readonly<Record<string, string>> {
  if (!pathname.startsWith(WEBASSEMBLY_WORKERS_PATH)) return appResponseSecurityHeaders;
  return { ...appResponseSecurityHeaders, 'Content-Security-Policy': WEBASSEMBLY_WORKER_CONTENT_SECURITY_POLICY };
}
