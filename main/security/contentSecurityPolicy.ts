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

export const CONTENT_SECURITY_POLICY = Object.entries(contentSecurityPolicyDirectives)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

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
