import path from 'node:path';
import { app, ipcMain, Menu, protocol, session, type BrowserWindow } from 'electron';
import { rendererDevServerUrl } from './appMode';
import { registerHostApiHandlers } from './ipc/registerHostApiHandlers';
import { applicationMenuTemplate } from './menu/applicationMenu';
import { appUrl, trustedOrigins } from './protocol/appOrigin';
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './protocol/appProtocol';
import { guardNavigation } from './security/navigationGuard';
import { denyAllPermissions } from './security/permissionHandlers';
import { redactedLogLine, urlForLog } from './security/redactedLog';
import { createMainWindow } from './window/createMainWindow';

const PRODUCT_NAME = 'eRCMS Desktop';

// Layout of the build (electron-vite): out/main/index.js, out/preload/index.cjs, out/renderer/.
const preloadPath = path.join(import.meta.dirname, '../preload/index.cjs');
const rendererDir = path.join(import.meta.dirname, '../renderer');

const devServerUrl = rendererDevServerUrl(app.isPackaged);
const origins = trustedOrigins(devServerUrl);

function routeUrl(route: string): string {
  return devServerUrl === undefined ? appUrl(route) : new URL(route, devServerUrl).toString();
}

// Only the kind of failure is logged, never what a call carried (security/redactedLog.ts).
function log(message: string, detail?: unknown): void {
  console.warn(redactedLogLine(message, detail));
}

// One running instance: a second launch focuses the first window instead of opening
// another copy on the same local database.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | undefined;

  // Both must happen before 'ready'. enableSandbox makes every renderer sandboxed whatever
  // its webPreferences say; privileges cannot be granted to a scheme after 'ready'.
  app.enableSandbox();
  registerAppSchemeAsPrivileged(protocol);

  // Form autofill: nothing to turn off here. Electron does not ship Chrome's autofill (no
  // "Web Data" form history, no autofill API on session or webContents; closed as won't fix
  // in https://github.com/electron/electron/issues/6422, and DevTools' Autofill domain is
  // absent, https://github.com/electron/electron/issues/41614), so a `disable-features`
  // switch would name features this build does not have. Browser mode, where Chromium does
  // keep form history, is covered by autocomplete="off" on every personal field (ui/form).

  // Every web contents the app ever creates (main window, print window) gets the guard,
  // including any that might appear later, so no code path can forget it.
  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents, { trustedOrigins: origins, onBlocked: (kind, url) => log(`Blocked ${kind} to ${urlForLog(url)}`) });
  });

  app.on('second-instance', () => {
    if (mainWindow === undefined || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  const openMainWindow = (): void => {
    mainWindow = createMainWindow({ preloadPath, startUrl: routeUrl('/'), title: PRODUCT_NAME, log });
  };

  app.on('activate', () => {
    if (mainWindow === undefined || mainWindow.isDestroyed()) openMainWindow();
  });

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    handleAppProtocol(protocol, rendererDir);
    registerHostApiHandlers({
      ipcMain,
      trustedOrigins: origins,
      log,
      parentWindow: () => (mainWindow === undefined || mainWindow.isDestroyed() ? undefined : mainWindow),
      preloadPath,
      routeUrl,
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(applicationMenuTemplate({ appName: PRODUCT_NAME, platform: process.platform, isDevelopment: !app.isPackaged })),
    );
    openMainWindow();
  });
}
