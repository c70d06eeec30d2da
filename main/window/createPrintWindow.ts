import { PRINT_READY_ATTRIBUTE } from '../../shared/ipc';
import type { PrintWindow } from '../ipc/handlers/printToPdfHandler';
import { createAppWindow } from './createAppWindow';

/** How long to wait for a print route to mark itself ready before printing anyway. */
const PRINT_READY_TIMEOUT_MS = 5_000;

// Runs in the print page: resolves true once the route marks itself ready (after fonts
// have loaded), false after the timeout. A string, because executeJavaScript takes source.
const waitForPrintReady = `new Promise((resolve) => {
  const deadline = Date.now() + ${PRINT_READY_TIMEOUT_MS};
  const check = () => {
    if (document.querySelector('[${PRINT_READY_ATTRIBUTE}="true"]')) resolve(true);
    else if (Date.now() > deadline) resolve(false);
    else setTimeout(check, 50);
  };
  document.fonts.ready.then(check, check);
})`;

/**
 * A hidden window with the same hardened preferences as the main window: the print route
 * is an app page like any other and gets the same sandbox, CSP and navigation guard.
 */
export function createPrintWindow(preloadPath: string, log: (message: string) => void): PrintWindow {
  const window = createAppWindow({
    preloadPath,
    // A4 at 96 dpi, so the layout matches the page the PDF will have.
    window: { show: false, width: 794, height: 1123 },
    backgroundThrottling: false,
  });
  return {
    async load(url) {
      await window.loadURL(url);
      const ready: unknown = await window.webContents.executeJavaScript(waitForPrintReady);
      if (ready !== true) log(`Print route ${url} did not set ${PRINT_READY_ATTRIBUTE} within ${PRINT_READY_TIMEOUT_MS} ms; printing as is.`);
    },
    async printToPdf() {
      const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
      return new Uint8Array(pdf);
    },
    close() {
      if (!window.isDestroyed()) window.destroy();
    },
  };
}
