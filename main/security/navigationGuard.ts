import type { WebContents } from 'electron';
import { isTrustedUrl } from '../protocol/appOrigin';

export interface NavigationGuardOptions {
  /** Origins the window may show: app://ercms and, in development, the dev server. */
  readonly trustedOrigins: ReadonlySet<string>;
  /** Called with every refused URL, for the log (and for tests that wait on it). */
  readonly onBlocked?: (kind: 'navigation' | 'redirect' | 'window-open' | 'webview', url: string) => void;
}

/**
 * Keeps a window on the app's own pages: a link, a redirect or `location = …` to anywhere
 * else is cancelled, `window.open` is denied, and no <webview> may attach. The app is
 * offline and has no reason to show another origin inside a window that holds the HostApi.
 */
export function guardNavigation(contents: WebContents, options: NavigationGuardOptions): void {
  const blocked = options.onBlocked ?? (() => undefined);

  contents.on('will-navigate', (event) => {
    if (!isTrustedUrl(event.url, options.trustedOrigins)) {
      event.preventDefault();
      blocked('navigation', event.url);
    }
  });

  contents.on('will-redirect', (event) => {
    if (!isTrustedUrl(event.url, options.trustedOrigins)) {
      event.preventDefault();
      blocked('redirect', event.url);
    }
  });

  // New windows are never needed: printing uses a hidden window the main process makes itself.
  contents.setWindowOpenHandler(({ url }) => {
    blocked('window-open', url);
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event, _webPreferences, params) => {
    event.preventDefault();
    blocked('webview', params.src ?? '');
  });
}
