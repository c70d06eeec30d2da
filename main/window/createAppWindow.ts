import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export interface AppWindowOptions {
  readonly preloadPath: string;
  /** Size, title, visibility: everything but webPreferences, which are fixed here. */
  readonly window: Omit<BrowserWindowConstructorOptions, 'webPreferences'>;
  /** Off for the hidden print window, whose timers must run while it is not shown. */
  readonly backgroundThrottling?: boolean;
}

/**
 * The only place a BrowserWindow is made, so every window that shows app pages (the main
 * window, the hidden print window) has the same hardened webPreferences. They are written
 * out in full, even where Electron's default is already the safe value, so that a future
 * default change cannot weaken them, and as a literal, so the security scan can read them.
 */
export function createAppWindow(options: AppWindowOptions): BrowserWindow {
  return new BrowserWindow({
    ...options.window,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Middle-click (auxclick) can open links outside setWindowOpenHandler's reach.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      backgroundThrottling: options.backgroundThrottling ?? true,
    },
  });
}
