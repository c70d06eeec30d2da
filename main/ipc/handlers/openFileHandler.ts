import path from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import type { IpcHandler } from '../registerIpcHandler';
import { UserFacingError } from '../userFacingError';

/** Larger files are refused: they would be copied whole into the renderer over IPC. */
export const MAX_OPEN_FILE_BYTES = 200 * 1024 * 1024;

export interface OpenFileDependencies {
  readonly showOpenDialog: (options: OpenDialogOptions) => Promise<Pick<OpenDialogReturnValue, 'canceled' | 'filePaths'>>;
  readonly fileSize: (filePath: string) => Promise<number>;
  readonly readFile: (filePath: string) => Promise<Uint8Array>;
  readonly maxBytes?: number;
}

/** `file:open`: open dialog with the renderer's filters, then the chosen file's name and bytes. */
export function createOpenFileHandler(dependencies: OpenFileDependencies): IpcHandler<'file:open'> {
  const maxBytes = dependencies.maxBytes ?? MAX_OPEN_FILE_BYTES;
  return async (request) => {
    const result = await dependencies.showOpenDialog({
      ...(request.title === undefined ? {} : { title: request.title }),
      filters: request.filters,
      properties: ['openFile'],
    });
    const filePath = result.filePaths[0];
    if (result.canceled || filePath === undefined) return { status: 'cancelled' };

    const name = path.basename(filePath);
    const size = await dependencies.fileSize(filePath);
    if (size > maxBytes) {
      const limitMb = Math.round(maxBytes / (1024 * 1024));
      throw new UserFacingError(`"${name}" is larger than ${limitMb} MB and cannot be opened. Choose a smaller file.`);
    }
    const bytes = await dependencies.readFile(filePath);
    // A Node Buffer is a Uint8Array view on a shared pool: copy to a plain Uint8Array of exactly this file.
    return { status: 'opened', name, bytes: new Uint8Array(bytes) };
  };
}
