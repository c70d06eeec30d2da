import type { z } from 'zod';
import { ipcChannels, PRINT_READY_ATTRIBUTE, type HostApi, type IpcChannel, type IpcResponse, type IpcResult, type OpenFileResult, type SaveFileResult } from '../../../shared/ipc';

declare const __APP_VERSION__: string | undefined;

/**
 * The HostApi in a plain browser, with the same contract as Electron's preload:
 * requests are validated with the same zod schemas, saving is a Blob download,
 * opening is a file input, and printing uses the browser's print dialog
 * (where the user chooses "Save as PDF").
 */
export function createBrowserHostApi(): HostApi {
  return {
    appInfo: (request) =>
      handle('app:info', request, async () => ({
        version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0',
        platform: navigator.platform || 'browser',
        locale: navigator.language,
        shell: 'browser' as const,
      })),
    saveFile: (request) => handle('file:save', request, async (parsed) => downloadBlob(parsed.suggestedName, parsed.contentType, parsed.content)),
    openFile: (request) => handle('file:open', request, async (parsed) => pickFile(parsed.filters.flatMap((filter) => filter.extensions))),
    // No folder outside the browser profile here: the anchor stays in its own IndexedDB database (renderer/src/db/auditAnchor.ts).
    sealAuditAnchor: (request) => handle('audit:anchor-seal', request, async () => ({ status: 'unavailable' as const })),
    readAuditAnchor: (request) => handle('audit:anchor-read', request, async () => ({ status: 'unavailable' as const })),
    printToPdf: (request) =>
      handle('pdf:print', request, async (parsed) => {
        await printRoute(parsed.route);
        return { status: 'saved' as const, path: parsed.suggestedName };
      }),
  };
}

async function handle<C extends IpcChannel>(
  channel: C,
  request: unknown,
  run: (parsed: z.output<(typeof ipcChannels)[C]['request']>) => Promise<IpcResponse<C>>,
): Promise<IpcResult<IpcResponse<C>>> {
  const parsed = ipcChannels[channel].request.safeParse(request);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-request',
        message: parsed.error.issues.map((issue) => issue.message).join('; '),
        issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      },
    };
  }
  try {
    return { ok: true, value: await run(parsed.data as z.output<(typeof ipcChannels)[C]['request']>) };
  } catch (error) {
    return { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
  }
}

function downloadBlob(name: string, contentType: string, content: string | Uint8Array): SaveFileResult {
  const blob = new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type: contentType });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: Chromium starts the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { status: 'saved', path: name };
}

function pickFile(extensions: string[]): Promise<OpenFileResult> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = extensions
      .filter((extension) => extension !== '*')
      .map((extension) => `.${extension}`)
      .join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) {
        resolve({ status: 'cancelled' });
        return;
      }
      file
        .arrayBuffer()
        .then((buffer) => resolve({ status: 'opened', name: file.name, bytes: new Uint8Array(buffer) }))
        .catch(reject);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve({ status: 'cancelled' });
    });
    document.body.append(input);
    input.click();
  });
}

/** Prints an app route through a hidden same-origin frame, so the current screen stays as it is. */
function printRoute(route: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.position = 'fixed';
    frame.style.width = '0';
    frame.style.height = '0';
    frame.style.border = '0';
    frame.title = 'print';
    frame.src = route;
    frame.addEventListener('load', () => {
      const printWindow = frame.contentWindow;
      if (!printWindow) {
        frame.remove();
        reject(new Error('The print view could not be opened'));
        return;
      }
      // The route loads its cases after the page has loaded: print once it marks itself ready, as pdf:print does in Electron.
      void whenPrintReady(printWindow).then(() => {
        printWindow.addEventListener('afterprint', () => frame.remove());
        printWindow.print();
        resolve();
      });
    });
    document.body.append(frame);
  });
}

/** How long a print route may take to mark itself ready before it is printed as it is (the frame loads the whole app first). */
const PRINT_READY_TIMEOUT_MS = 15_000;

function whenPrintReady(printWindow: Window): Promise<void> {
  const deadline = Date.now() + PRINT_READY_TIMEOUT_MS;
  return new Promise((resolve) => {
    const check = () => {
      if (printWindow.document.querySelector(`[${PRINT_READY_ATTRIBUTE}="true"]`) || Date.now() > deadline) resolve();
      else setTimeout(check, 50);
    };
    void printWindow.document.fonts.ready.then(check, check);
  });
}
