import type { IpcHandler } from '../registerIpcHandler';
import { saveWithDialog, type SaveWithDialogDependencies } from './saveWithDialog';

/** A hidden window that renders one app route and prints it. */
export interface PrintWindow {
  /** Loads the URL and resolves once the page has rendered. */
  load(url: string): Promise<void>;
  printToPdf(): Promise<Uint8Array>;
  close(): void;
}

export interface PrintToPdfDependencies extends SaveWithDialogDependencies {
  readonly createPrintWindow: () => PrintWindow;
  /** The full URL of an app route: app://ercms/<route>, or the dev server's. */
  readonly routeUrl: (route: string) => string;
}

/**
 * `pdf:print`: renders the route in a hidden window (same hardened preferences, same
 * origin, so it reads the same local database), prints it to PDF, then asks where to save.
 * The window is closed before the dialog opens and whatever happens.
 */
export function createPrintToPdfHandler(dependencies: PrintToPdfDependencies): IpcHandler<'pdf:print'> {
  return async (request) => {
    const printWindow = dependencies.createPrintWindow();
    let pdf: Uint8Array;
    try {
      await printWindow.load(dependencies.routeUrl(request.route));
      pdf = await printWindow.printToPdf();
    } finally {
      printWindow.close();
    }
    return saveWithDialog(dependencies, { suggestedName: request.suggestedName, content: pdf, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  };
}
