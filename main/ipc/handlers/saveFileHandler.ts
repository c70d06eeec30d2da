import type { IpcHandler } from '../registerIpcHandler';
import { saveWithDialog, type SaveWithDialogDependencies } from './saveWithDialog';

/** `file:save`: save dialog with the suggested name, then write the bytes or text given. */
export function createSaveFileHandler(dependencies: SaveWithDialogDependencies): IpcHandler<'file:save'> {
  return (request) => saveWithDialog(dependencies, { suggestedName: request.suggestedName, content: request.content, filters: request.filters });
}
