import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { rendererDevServerUrl } from '../../../main/appMode';
import { applicationMenuTemplate } from '../../../main/menu/applicationMenu';
import { trustedOrigins } from '../../../main/protocol/appOrigin';
import { guardNavigation } from '../../../main/security/navigationGuard';
import { denyAllPermissions } from '../../../main/security/permissionHandlers';

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

/** Just enough of WebContents to drive the guard: events plus the window-open handler. */
class FakeContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | undefined;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  attempt(eventName: 'will-navigate' | 'will-redirect', url: string): boolean {
    const event = {
      url,
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    this.emit(eventName, event);
    return event.prevented;
  }
}

function guarded(devServerUrl?: string) {
  const contents = new FakeContents();
  const onBlocked = vi.fn();
  guardNavigation(contents as unknown as WebContents, { trustedOrigins: trustedOrigins(devServerUrl), onBlocked });
  return { contents, onBlocked };
}

describe('guardNavigation', () => {
  it('cancels navigations and redirects that leave the app', () => {
    const { contents, onBlocked } = guarded();
    expect(contents.attempt('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.attempt('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(contents.attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(onBlocked).toHaveBeenCalledWith('navigation', 'https://example.com/');
  });

  it('lets the app move between its own routes', () => {
    const { contents } = guarded();
    expect(contents.attempt('will-navigate', 'app://ercms/cases/42')).toBe(false);
  });

  it('trusts the dev server only when one is configured', () => {
    expect(guarded('http://localhost:5173').contents.attempt('will-navigate', 'http://localhost:5173/cases')).toBe(false);
    expect(guarded().contents.attempt('will-navigate', 'http://localhost:5173/cases')).toBe(true);
  });

  it('denies every window.open, even to the app itself', () => {
    const { contents } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://ercms/cases' })).toEqual({ action: 'deny' });
  });

  it('prevents any <webview> from attaching', () => {
    const { contents, onBlocked } = guarded();
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault }, {}, { src: 'https://example.com/' });
    expect(preventDefault).toHaveBeenCalledOnce();
    expect(onBlocked).toHaveBeenCalledWith('webview', 'https://example.com/');
  });
});

describe('denyAllPermissions', () => {
  it('answers every permission request and check with no', () => {
    const handlers: { request?: (...args: unknown[]) => void; check?: () => boolean; device?: () => boolean } = {};
    const session = {
      setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: () => boolean) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: () => boolean) => (handlers.device = handler),
    };
    denyAllPermissions(session as unknown as Session);
    const callback = vi.fn();
    handlers.request?.({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(handlers.check?.()).toBe(false);
    expect(handlers.device?.()).toBe(false);
  });
});

describe('rendererDevServerUrl', () => {
  it('uses electron-vite’s loopback dev server outside a packaged app only', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(rendererDevServerUrl(false, env)).toBe('http://localhost:5173');
    expect(rendererDevServerUrl(true, env)).toBeUndefined();
    expect(rendererDevServerUrl(false, { ELECTRON_RENDERER_URL: 'https://evil.example/' })).toBeUndefined();
    expect(rendererDevServerUrl(false, {})).toBeUndefined();
  });
});

describe('applicationMenuTemplate', () => {
  it('has the usual menus, with developer tools only in development', () => {
    const roles = (isDevelopment: boolean, platform: NodeJS.Platform) =>
      applicationMenuTemplate({ appName: 'eRCMS Desktop', platform, isDevelopment }).map((item) => item.role ?? item.label);
    expect(roles(false, 'linux')).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
    expect(roles(false, 'darwin')).toEqual(['eRCMS Desktop', 'fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
    const viewItems = (isDevelopment: boolean) => {
      const view = applicationMenuTemplate({ appName: 'x', platform: 'linux', isDevelopment }).find((item) => item.role === 'viewMenu');
      return Array.isArray(view?.submenu) ? view.submenu.map((item) => item.role) : [];
    };
    expect(viewItems(true)).toContain('toggleDevTools');
    expect(viewItems(false)).not.toContain('toggleDevTools');
  });
});
