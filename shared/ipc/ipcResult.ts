/**
 * What every IPC call returns: the handler's value, or a typed error the renderer can
 * show. Errors cross the process boundary as plain data, never as thrown exceptions,
 * so no stack trace reaches the user.
 */
export type IpcErrorCode = 'invalid-request' | 'forbidden-sender' | 'unknown-channel' | 'failed';

export interface IpcIssue {
  path: string;
  message: string;
}

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  issues?: IpcIssue[];
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export class HostError extends Error {
  readonly code: IpcErrorCode;
  readonly issues: IpcIssue[];

  constructor(error: IpcError) {
    super(error.message);
    this.name = 'HostError';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

/** Unwraps an IPC result, throwing a HostError with the handler's message. */
export function unwrapIpcResult<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new HostError(result.error);
}
