import type { BrowserWindow } from 'electron';
import { createAppWindow } from './createAppWindow';

export interface MainWindowOptions {
  readonly preloadPath: string;
  /** app://ercms/ in a built app, the dev server URL under `npm run dev`. */
  readonly startUrl: string;
  readonly title: string;
  readonly log: (message: string, detail?: unknown) => void;
}

/** The one application window. It is shown once its first paint is ready, to avoid a white flash. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = createAppWindow({
    preloadPath: options.preloadPath,
    window: { width: 1280, height: 840, minWidth: 960, minHeight: 600, title: options.title, show: false, backgroundColor: '#ffffff' },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.startUrl).catch((error: unknown) => options.log(`The app page ${options.startUrl} did not load`, error));
  return window;
}
