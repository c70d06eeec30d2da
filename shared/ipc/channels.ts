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

/**
 * The audit trail's anchor checkpoint (renderer/src/db/auditAnchor.ts): the head of the chain
 * with an HMAC under the workspace's audit key. In Electron main keeps a copy in the
 * user-data folder sealed with safeStorage, outside the browser profile, so that putting
 * back an older copy of the whole profile leaves an anchor the trail no longer reaches.
 */
export const AuditAnchorCheckpointSchema = z
  .object({
    sequence: z.int().min(0),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    keyId: z.string().min(1).max(100),
    at: z.string().min(1).max(40),
    mac: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

/** The workspace database an anchor belongs to (`ercms-production`): a plain name, which main turns into a file name, never a path. */
export const AnchorDatabaseNameSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, 'The database name has letters, digits, "-" and "_" only');

export const SealAuditAnchorRequestSchema = z
  .object({
    database: AnchorDatabaseNameSchema,
    /** null with `replace`: the restored trail has no anchor yet. */
    checkpoint: AuditAnchorCheckpointSchema.nullable(),
    /** `advance` never moves the anchor back under the same key (a slower window); `replace` is a restore's new trail. */
    mode: z.enum(['advance', 'replace']),
  })
  .strict()
  .refine((request) => request.checkpoint !== null || request.mode === 'replace', 'Only a replacement may remove the anchor');
export const SealAuditAnchorResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('sealed') }),
  /** A newer anchor under the same key is already on file: kept. */
  z.object({ status: z.literal('kept') }),
  /** safeStorage has no key of the operating system here (Linux without a keyring): nothing is written in clear. */
  z.object({ status: z.literal('unavailable') }),
]);

export const ReadAuditAnchorRequestSchema = z.object({ database: AnchorDatabaseNameSchema }).strict();
export const ReadAuditAnchorResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('found'), checkpoint: AuditAnchorCheckpointSchema }),
  z.object({ status: z.literal('none') }),
  z.object({ status: z.literal('unavailable') }),
  /** The file exists but does not open with this machine's key or is not a checkpoint: changed or copied from elsewhere. */
  z.object({ status: z.literal('unreadable') }),
]);

/**
 * The workspace data key's wrap of one account, sealed once more with safeStorage (the
 * operating system's keychain: DPAPI, Keychain, libsecret/KWallet), so that the profile's
 * files alone do not open it even with a weak password (renderer/src/db/keySeal.ts). The
 * renderer sends only the wrap it already made under the account's password-derived key
 * (`KeyWrapRow.dataKey.wrapped`, base64), never the data key: main never sees the key.
 */
const base64Schema = (max: number) =>
  z
    .string()
    .min(4)
    .max(max, `At most ${max} characters`)
    .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'Base64 text only');
/** A password-wrapped data key: 32 bytes and the AES-GCM tag, base64 (64 characters); room for a longer key. */
export const PasswordWrappedKeySchema = base64Schema(512);
/** What safeStorage made of it: a version prefix and the ciphertext (DPAPI's blob on Windows is the largest). */
export const OsSealedKeySchema = base64Schema(4096);

export const SealKeyRequestSchema = z.object({ wrapped: PasswordWrappedKeySchema }).strict();
export const SealKeyResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('sealed'), sealed: OsSealedKeySchema }),
  /** safeStorage has no key of the operating system here (or only Linux's fixed "basic_text" one): the row stays password-only. */
  z.object({ status: z.literal('unavailable') }),
]);

export const UnsealKeyRequestSchema = z.object({ sealed: OsSealedKeySchema }).strict();
export const UnsealKeyResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('unsealed'), wrapped: PasswordWrappedKeySchema }),
  z.object({ status: z.literal('unavailable') }),
  /** Does not open with this machine's key (the profile was copied from another computer or OS account), or is not a wrap. */
  z.object({ status: z.literal('unreadable') }),
]);

export const ipcChannels = {
  'app:info': { request: AppInfoRequestSchema, response: AppInfoSchema },
  'file:save': { request: SaveFileRequestSchema, response: SaveFileResultSchema },
  'file:open': { request: OpenFileRequestSchema, response: OpenFileResultSchema },
  'pdf:print': { request: PrintToPdfRequestSchema, response: SaveFileResultSchema },
  'audit:anchor-seal': { request: SealAuditAnchorRequestSchema, response: SealAuditAnchorResultSchema },
  'audit:anchor-read': { request: ReadAuditAnchorRequestSchema, response: ReadAuditAnchorResultSchema },
  'keys:seal': { request: SealKeyRequestSchema, response: SealKeyResultSchema },
  'keys:unseal': { request: UnsealKeyRequestSchema, response: UnsealKeyResultSchema },
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
export type AuditAnchorCheckpoint = z.infer<typeof AuditAnchorCheckpointSchema>;
export type SealAuditAnchorRequest = z.input<typeof SealAuditAnchorRequestSchema>;
export type SealAuditAnchorResult = z.infer<typeof SealAuditAnchorResultSchema>;
export type ReadAuditAnchorResult = z.infer<typeof ReadAuditAnchorResultSchema>;
export type SealKeyResult = z.infer<typeof SealKeyResultSchema>;
export type UnsealKeyResult = z.infer<typeof UnsealKeyResultSchema>;
