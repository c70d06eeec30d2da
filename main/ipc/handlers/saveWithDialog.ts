import path from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { SaveFileResult } from '../../../shared/ipc';

export type ShowSaveDialog = (options: SaveDialogOptions) => Promise<Pick<SaveDialogReturnValue, 'canceled' | 'filePath'>>;
export type WriteFile = (filePath: string, content: Uint8Array | string) => Promise<void>;

export interface SaveWithDialogDependencies {
  readonly showSaveDialog: ShowSaveDialog;
  readonly writeFile: WriteFile;
  /** The folder the dialog opens in, e.g. the user's Documents. */
  readonly defaultDirectory: () => string;
}

export interface FileToSave {
  readonly suggestedName: string;
  readonly content: Uint8Array | string;
  readonly filters?: readonly { name: string; extensions: string[] }[];
}

/** A filter for the suggested name's extension, so the dialog keeps it ("report.pdf" → PDF). */
function filtersFor(suggestedName: string): { name: string; extensions: string[] }[] {
  const extension = path.extname(suggestedName).slice(1);
  return extension === '' ? [] : [{ name: extension.toUpperCase(), extensions: [extension] }];
}

/**
 * Asks the user where to save, then writes the content there. The path comes from the
 * operating system's dialog, never from the renderer: the renderer only suggests a name.
 */
export async function saveWithDialog(dependencies: SaveWithDialogDependencies, file: FileToSave): Promise<SaveFileResult> {
  const result = await dependencies.showSaveDialog({
    defaultPath: path.join(dependencies.defaultDirectory(), file.suggestedName),
    filters: file.filters === undefined ? filtersFor(file.suggestedName) : [...file.filters],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || result.filePath === undefined || result.filePath === '') return { status: 'cancelled' };
  await dependencies.writeFile(result.filePath, file.content);
  return { status: 'saved', path: result.filePath };
}
