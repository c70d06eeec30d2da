import { mkdir, rename, rm, stat, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, safeStorage, type BrowserWindow } from 'electron';
import { createPrintWindow } from '../window/createPrintWindow';
import { createAppInfoHandler } from './handlers/appInfoHandler';
import { createAuditAnchorFile } from './handlers/auditAnchorHandler';
import { createKeySealHandlers } from './handlers/keySealHandler';
import { createOpenFileHandler } from './handlers/openFileHandler';
import { createPrintToPdfHandler } from './handlers/printToPdfHandler';
import { createSaveFileHandler } from './handlers/saveFileHandler';
import type { SaveWithDialogDependencies } from './handlers/saveWithDialog';
import { registerIpcHandler, type RegisterIpcHandlerOptions } from './registerIpcHandler';

export interface HostApiHandlerOptions extends RegisterIpcHandlerOptions {
  /** The window dialogs belong to (modal to it), if it is still open. */
  readonly parentWindow: () => BrowserWindow | undefined;
  readonly preloadPath: string;
  /** app://ercms/<route>, or the dev server's URL for the route. */
  readonly routeUrl: (route: string) => string;
}

/** Binds every HostApi channel to its handler, with the real Electron dialogs and file system. */
export function registerHostApiHandlers(options: HostApiHandlerOptions): void {
  const log = options.log ?? ((message: string) => console.warn(message));
  const saving: SaveWithDialogDependencies = {
    showSaveDialog: (dialogOptions) => {
      const parent = options.parentWindow();
      return parent === undefined ? dialog.showSaveDialog(dialogOptions) : dialog.showSaveDialog(parent, dialogOptions);
    },
    writeFile: (filePath, content) => writeFile(filePath, content),
    defaultDirectory: () => app.getPath('documents'),
  };

  registerIpcHandler(
    'app:info',
    createAppInfoHandler({ getVersion: () => app.getVersion(), getLocale: () => app.getLocale(), platform: process.platform }),
    options,
  );
  registerIpcHandler('file:save', createSaveFileHandler(saving), options);
  registerIpcHandler(
    'file:open',
    createOpenFileHandler({
      showOpenDialog: (dialogOptions) => {
        const parent = options.parentWindow();
        return parent === undefined ? dialog.showOpenDialog(dialogOptions) : dialog.showOpenDialog(parent, dialogOptions);
      },
      fileSize: async (filePath) => (await stat(filePath)).size,
      readFile: (filePath) => readFile(filePath),
    }),
    options,
  );
  const anchorFile = createAuditAnchorFile({
    safeStorage,
    directory: () => join(app.getPath('userData'), 'audit-anchors'),
    readFile: (filePath) => readFile(filePath),
    writeFile: (filePath, content) => writeFile(filePath, content, { mode: 0o600 }),
    rename: (from, to) => rename(from, to),
    remove: (filePath) => rm(filePath),
    makeDirectory: async (folder) => {
      await mkdir(folder, { recursive: true, mode: 0o700 });
    },
  });
  registerIpcHandler('audit:anchor-seal', anchorFile.seal, options);
  registerIpcHandler('audit:anchor-read', anchorFile.read, options);
  const keySeal = createKeySealHandlers({
    safeStorage,
    ...(process.platform === 'linux' ? { storageBackend: () => safeStorage.getSelectedStorageBackend() } : {}),
  });
  registerIpcHandler('keys:seal', keySeal.seal, options);
  registerIpcHandler('keys:unseal', keySeal.unseal, options);
  registerIpcHandler(
    'pdf:print',
    createPrintToPdfHandler({ ...saving, createPrintWindow: () => createPrintWindow(options.preloadPath, log), routeUrl: options.routeUrl }),
    options,
  );
}
