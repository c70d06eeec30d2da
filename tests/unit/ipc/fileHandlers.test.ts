import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createOpenFileHandler } from '../../../main/ipc/handlers/openFileHandler';
import { createPrintToPdfHandler, type PrintWindow } from '../../../main/ipc/handlers/printToPdfHandler';
import { createSaveFileHandler } from '../../../main/ipc/handlers/saveFileHandler';
import type { SaveWithDialogDependencies } from '../../../main/ipc/handlers/saveWithDialog';
import { UserFacingError } from '../../../main/ipc/userFacingError';

const context = { senderUrl: 'app://ercms/' };
const documents = path.join(path.sep, 'home', 'agent', 'Documents');

function savingTo(chosenPath: string | undefined) {
  const written: { filePath: string; content: Uint8Array | string }[] = [];
  const dialogOptions: SaveDialogOptions[] = [];
  const dependencies: SaveWithDialogDependencies = {
    showSaveDialog: (options) => {
      dialogOptions.push(options);
      return Promise.resolve(chosenPath === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath: chosenPath });
    },
    writeFile: (filePath, content) => {
      written.push({ filePath, content });
      return Promise.resolve();
    },
    defaultDirectory: () => documents,
  };
  return { dependencies, written, dialogOptions };
}

describe('file:save handler', () => {
  it('writes exactly the bytes given to the path the user chose', async () => {
    const { dependencies, written, dialogOptions } = savingTo('/home/agent/Documents/export.bin');
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    const result = await createSaveFileHandler(dependencies)({ suggestedName: 'export.bin', contentType: 'application/octet-stream', content: bytes }, context);
    expect(result).toEqual({ status: 'saved', path: '/home/agent/Documents/export.bin' });
    expect(written).toHaveLength(1);
    expect(written[0]?.filePath).toBe('/home/agent/Documents/export.bin');
    expect(Array.from(written[0]?.content as Uint8Array)).toEqual([0, 1, 2, 250, 255]);
    expect(dialogOptions[0]?.defaultPath).toBe(path.join(documents, 'export.bin'));
    expect(dialogOptions[0]?.filters).toEqual([{ name: 'BIN', extensions: ['bin'] }]);
  });

  it('writes text as given and keeps the renderer’s filters', async () => {
    const { dependencies, written, dialogOptions } = savingTo('/tmp/cases.csv');
    const filters = [{ name: 'CSV', extensions: ['csv'] }];
    await createSaveFileHandler(dependencies)({ suggestedName: 'cases.csv', contentType: 'text/csv', content: 'id;name\n1;Ana', filters }, context);
    expect(written[0]?.content).toBe('id;name\n1;Ana');
    expect(dialogOptions[0]?.filters).toEqual(filters);
  });

  it('returns cancelled and writes nothing when the user cancels', async () => {
    const { dependencies, written } = savingTo(undefined);
    const result = await createSaveFileHandler(dependencies)({ suggestedName: 'a.txt', contentType: 'text/plain', content: 'x' }, context);
    expect(result).toEqual({ status: 'cancelled' });
    expect(written).toHaveLength(0);
  });
});

describe('file:open handler', () => {
  const opening = (filePaths: string[], size: number, bytes = new Uint8Array([7, 8, 9])) => {
    const dialogOptions: OpenDialogOptions[] = [];
    const readFile = vi.fn(() => Promise.resolve(bytes));
    const handler = createOpenFileHandler({
      showOpenDialog: (options) => {
        dialogOptions.push(options);
        return Promise.resolve({ canceled: filePaths.length === 0, filePaths });
      },
      fileSize: () => Promise.resolve(size),
      readFile,
    });
    return { handler, dialogOptions, readFile };
  };

  it('returns the chosen file’s name and bytes', async () => {
    const { handler, dialogOptions } = opening(['/home/agent/Downloads/case.json'], 3);
    const filters = [{ name: 'Case file', extensions: ['json'] }];
    const result = await handler({ filters }, context);
    expect(result).toEqual({ status: 'opened', name: 'case.json', bytes: new Uint8Array([7, 8, 9]) });
    expect(dialogOptions[0]).toMatchObject({ filters, properties: ['openFile'] });
  });

  it('returns cancelled when no file is chosen', async () => {
    const { handler, readFile } = opening([], 0);
    expect(await handler({ filters: [] }, context)).toEqual({ status: 'cancelled' });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('refuses a file over 200 MB with a message the user can act on, without reading it', async () => {
    const { handler, readFile } = opening(['/data/huge.zip'], 201 * 1024 * 1024);
    const attempt = handler({ filters: [] }, context);
    await expect(attempt).rejects.toBeInstanceOf(UserFacingError);
    await expect(attempt).rejects.toThrow('"huge.zip" is larger than 200 MB');
    expect(readFile).not.toHaveBeenCalled();
  });
});

describe('pdf:print handler', () => {
  it('prints the route in a hidden window, closes it, then saves the PDF', async () => {
    const { dependencies, written } = savingTo('/home/agent/Documents/case-42.pdf');
    const events: string[] = [];
    const printWindow: PrintWindow = {
      load: (url) => {
        events.push(`load ${url}`);
        return Promise.resolve();
      },
      printToPdf: () => {
        events.push('print');
        return Promise.resolve(new Uint8Array([0x25, 0x50, 0x44, 0x46]));
      },
      close: () => {
        events.push('close');
      },
    };
    const handler = createPrintToPdfHandler({ ...dependencies, createPrintWindow: () => printWindow, routeUrl: (route) => `app://ercms${route}` });
    const result = await handler({ route: '/cases/42/print', suggestedName: 'case-42.pdf' }, context);
    expect(result).toEqual({ status: 'saved', path: '/home/agent/Documents/case-42.pdf' });
    expect(events).toEqual(['load app://ercms/cases/42/print', 'print', 'close']);
    expect(Array.from(written[0]?.content as Uint8Array)).toEqual([0x25, 0x50, 0x44, 0x46]);
  });

  it('closes the hidden window when loading fails', async () => {
    const { dependencies } = savingTo('/tmp/x.pdf');
    const close = vi.fn();
    const handler = createPrintToPdfHandler({
      ...dependencies,
      createPrintWindow: () => ({ load: () => Promise.reject(new Error('ERR_FILE_NOT_FOUND')), printToPdf: () => Promise.resolve(new Uint8Array()), close }),
      routeUrl: (route) => `app://ercms${route}`,
    });
    await expect(handler({ route: '/missing', suggestedName: 'x.pdf' }, context)).rejects.toThrow('ERR_FILE_NOT_FOUND');
    expect(close).toHaveBeenCalledOnce();
  });
});
