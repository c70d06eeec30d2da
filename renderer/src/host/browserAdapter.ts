import type { z } from 'zod';
import {
  ipcChannels,
  PRINT_READY_ATTRIBUTE,
  type HostApi,
  type IpcChannel,
  type IpcResponse,
  type IpcResult,
  type OpenFileResult,
  type SaveFileResult,
} from '../../../shared/ipc';

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
    // No operating-system keychain for a web page: the data-key wraps stay password-only (renderer/src/db/keySeal.ts).
    sealDataKeyWrap: (request) => handle('keys:seal', request, async () => ({ status: 'unavailable' as const })),
    unsealDataKeyWrap: (request) => handle('keys:unseal', request, async () => ({ status: 'unavailable' as const })),
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

/**
 * Prints an app route in a window of its own, so the current screen stays as it is. Not in
 * a frame: the app refuses to be framed (CSP frame-ancestors 'none'). A window the page
 * opens starts with a copy of its session (sessionStorage), so the route opens signed in;
 * it is printed once it marks itself ready (as pdf:print waits in Electron) and closes
 * after the print dialog.
 */
function printRoute(route: string): Promise<void> {
  const printWindow = window.open(route, '_blank', 'popup,width=900,height=1000');
  if (!printWindow) {
    return Promise.reject(
      new Error('The print view could not be opened: allow pop-up windows for this application, or open the print view and print from there.'),
    );
  }
  return whenPrintReady(printWindow).then(() => {
    if (printWindow.closed) return;
    printWindow.addEventListener('afterprint', () => printWindow.close());
    printWindow.print();
  });
}

/** How long a print route may take to mark itself ready before it is printed as it is (the window loads the whole app first). */
const PRINT_READY_TIMEOUT_MS = 15_000;

function whenPrintReady(printWindow: Window): Promise<void> {
  const deadline = Date.now() + PRINT_READY_TIMEOUT_MS;
  return new Promise((resolve) => {
    const check = () => {
      if (printWindow.closed || printWindow.document.querySelector(`[${PRINT_READY_ATTRIBUTE}="true"]`) || Date.now() > deadline) resolve();
      else setTimeout(check, 50);
    };
    check();
  });
}
