import { z } from 'zod';

/**
 * The IPC contract between the renderer and the Electron main process: one entry per
 * channel, each with the zod schema of its request and of its response. Main validates
 * every request with these schemas before a handler runs; the browser adapter in the
 * renderer implements the same channels without Electron.
 */

export const AppInfoRequestSchema = z.object({}).strict();
export const AppInfoSchema = z.object({
  version: z.string(),
  platform: z.string(),
  /** The operating system's locale, e.g. "nl-BE"; used to suggest the UI language. */
  locale: z.string(),
  shell: z.enum(['electron', 'browser']),
});

const fileNameSchema = z
  .string()
  .min(1, 'A file name is required')
  .max(200, 'The file name is longer than 200 characters')
  .refine((name) => !/[\\/]/.test(name) && name !== '.' && name !== '..', 'The file name must not contain a folder');

export const FileFilterSchema = z.object({
  name: z.string().min(1),
  extensions: z.array(z.string().regex(/^[a-z0-9*]+$/i, 'An extension has letters and digits only')).min(1),
});

export const SaveFileRequestSchema = z
  .object({
    suggestedName: fileNameSchema,
    contentType: z.string().min(1),
    content: z.union([z.string(), z.instanceof(Uint8Array)]),
    filters: z.array(FileFilterSchema).optional(),
  })
  .strict();
export const SaveFileResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);

export const OpenFileRequestSchema = z
  .object({
    title: z.string().optional(),
    filters: z.array(FileFilterSchema).default([]),
  })
  .strict();
export const OpenFileResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), name: z.string(), bytes: z.instanceof(Uint8Array) }),
  z.object({ status: z.literal('cancelled') }),
]);

/** A route inside the app, such as "/cases/1234/print"; never a URL to another origin. */
export const AppRouteSchema = z
  .string()
  .regex(/^\/[A-Za-z0-9\-._~/?=&%]*$/, 'The route must be a path inside the app, starting with "/"')
  .refine((route) => !route.startsWith('//') && !route.includes('..'), 'The route must stay inside the app');

export const PrintToPdfRequestSchema = z
  .object({
    route: AppRouteSchema,
    suggestedName: fileNameSchema,
  })
  .strict();

export const ipcChannels = {
  'app:info': { request: AppInfoRequestSchema, response: AppInfoSchema },
  'file:save': { request: SaveFileRequestSchema, response: SaveFileResultSchema },
  'file:open': { request: OpenFileRequestSchema, response: OpenFileResultSchema },
  'pdf:print': { request: PrintToPdfRequestSchema, response: SaveFileResultSchema },
} as const;

export type IpcChannelMap = typeof ipcChannels;
export type IpcChannel = keyof IpcChannelMap;
export type IpcRequest<C extends IpcChannel> = z.input<IpcChannelMap[C]['request']>;
export type IpcParsedRequest<C extends IpcChannel> = z.output<IpcChannelMap[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.output<IpcChannelMap[C]['response']>;

export type AppInfo = z.infer<typeof AppInfoSchema>;
export type SaveFileRequest = z.input<typeof SaveFileRequestSchema>;
export type SaveFileResult = z.infer<typeof SaveFileResultSchema>;
export type OpenFileRequest = z.input<typeof OpenFileRequestSchema>;
export type OpenFileResult = z.infer<typeof OpenFileResultSchema>;
export type PrintToPdfRequest = z.input<typeof PrintToPdfRequestSchema>;
