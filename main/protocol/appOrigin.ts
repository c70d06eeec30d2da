/**
 * Where the renderer lives in the packaged app: a privileged custom scheme instead of
 * file://, so the page has a real origin (for IndexedDB, CSP and the sender checks) and
 * file:// keeps no special powers.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ercms';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The URL of a route inside the app, e.g. appUrl('/cases/42/print'). */
export function appUrl(route = '/'): string {
  return `${APP_ORIGIN}${route.startsWith('/') ? route : `/${route}`}`;
}

/**
 * The origin of a URL as "scheme://host[:port]", or undefined when it is not a URL.
 * WHATWG `URL.origin` is "null" for schemes Node does not know (like app:), so the
 * origin is rebuilt from protocol and host, which works for every scheme.
 */
export function originOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.host === '') return undefined;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/** The origins the app's own pages may come from: app://ercms, plus the dev server in development. */
export function trustedOrigins(devServerUrl: string | undefined): ReadonlySet<string> {
  const origins = new Set<string>([APP_ORIGIN]);
  const devOrigin = devServerUrl === undefined ? undefined : originOf(devServerUrl);
  if (devOrigin !== undefined) origins.add(devOrigin);
  return origins;
}

export function isTrustedUrl(url: string, origins: ReadonlySet<string>): boolean {
  const origin = originOf(url);
  return origin !== undefined && origins.has(origin);
}
