import type { z } from 'zod';
import { ipcChannels, type IpcChannel, type IpcError, type IpcIssue, type IpcParsedRequest, type IpcResponse, type IpcResult } from '../../shared/ipc';
import { isTrustedUrl } from '../protocol/appOrigin';
import { UserFacingError } from './userFacingError';

/** The part of Electron's WebFrameMain the sender check reads. */
export interface IpcSenderFrame {
  readonly url: string;
  /** null for a top-level frame; an iframe has its parent frame here. */
  readonly parent: unknown;
}

/** The part of Electron's IpcMainInvokeEvent a handler registration needs. */
export interface IpcInvokeEvent {
  /** null when the frame navigated away or was destroyed before the message arrived. */
  readonly senderFrame: IpcSenderFrame | null;
}

/** The part of Electron's ipcMain used here, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEvent, ...args: unknown[]) => unknown): void;
}

export interface IpcHandlerContext {
  /** The URL of the page that called, already checked to be one of the app's own. */
  readonly senderUrl: string;
}

export type IpcHandler<C extends IpcChannel> = (request: IpcParsedRequest<C>, context: IpcHandlerContext) => Promise<IpcResponse<C>>;

export interface RegisterIpcHandlerOptions {
  readonly ipcMain: IpcMainLike;
  /** app://ercms, plus the dev server origin in development. */
  readonly trustedOrigins: ReadonlySet<string>;
  /** Where unexpected handler errors and refused senders are written (main-process log only). */
  readonly log?: (message: string, detail?: unknown) => void;
}

const GENERIC_FAILURE = 'The operation could not be completed. Please try again; if it keeps failing, report it to your administrator.';

function failure(error: IpcError): { ok: false; error: IpcError } {
  return { ok: false, error };
}

function issuesOf(error: z.ZodError): IpcIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Why a sender may not call: not a frame of ours, or an iframe inside one. */
export function senderRefusal(frame: IpcSenderFrame | null, trustedOrigins: ReadonlySet<string>): string | undefined {
  if (frame === null) return 'the sending frame no longer exists';
  if (frame.parent !== null) return 'the sender is a sub-frame';
  if (!isTrustedUrl(frame.url, trustedOrigins)) return 'the sender is not an app page';
  return undefined;
}

/**
 * The one way a HostApi channel is served. Every call goes through the same gate:
 * 1. the sender must be the top frame of an app page (app://ercms or the dev server),
 *    so an iframe or a page that got into a window by accident cannot reach the machine;
 * 2. the payload must match the channel's zod request schema;
 * 3. the handler's errors become `{ code: 'failed' }` with a safe message, never a stack;
 * 4. the handler's value must match the response schema, so main cannot leak extra data.
 * The answer is always an IpcResult: the renderer never sees a rejected invoke.
 */
export function registerIpcHandler<C extends IpcChannel>(channel: C, handler: IpcHandler<C>, options: RegisterIpcHandlerOptions): void {
  const schemas = ipcChannels[channel];
  const log = options.log ?? (() => undefined);

  options.ipcMain.handle(channel, async (event, ...args): Promise<IpcResult<IpcResponse<C>>> => {
    const refusal = senderRefusal(event.senderFrame, options.trustedOrigins);
    if (refusal !== undefined) {
      log(`IPC ${channel} refused: ${refusal}`, event.senderFrame?.url);
      return failure({ code: 'forbidden-sender', message: `This window may not use "${channel}": ${refusal}.` });
    }
    const senderUrl = event.senderFrame?.url ?? '';

    if (args.length > 1) {
      return failure({ code: 'invalid-request', message: `"${channel}" takes one request object`, issues: [] });
    }
    const parsed = schemas.request.safeParse(args[0]);
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      const summary = issues.map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`)).join('; ');
      return failure({ code: 'invalid-request', message: `Invalid request for "${channel}": ${summary}`, issues });
    }

    let value: unknown;
    try {
      value = await handler(parsed.data as IpcParsedRequest<C>, { senderUrl });
    } catch (error) {
      if (error instanceof UserFacingError) return failure({ code: 'failed', message: error.message });
      log(`IPC ${channel} failed`, error);
      return failure({ code: 'failed', message: GENERIC_FAILURE });
    }

    const checked = schemas.response.safeParse(value);
    if (!checked.success) {
      log(`IPC ${channel} produced an invalid response`, checked.error.issues);
      return failure({ code: 'failed', message: GENERIC_FAILURE });
    }
    return { ok: true, value: checked.data as IpcResponse<C> };
  });
}
