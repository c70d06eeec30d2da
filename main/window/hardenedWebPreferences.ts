import type { WebPreferences } from 'electron';

/**
 * The webPreferences of every window that shows app pages (the main window and the
 * hidden print window). Written out in full even where Electron's default is already
 * the safe value, so a future default change or a copy-paste cannot weaken them.
 */
export function hardenedWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}
