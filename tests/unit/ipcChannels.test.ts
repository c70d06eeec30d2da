import { describe, expect, it } from 'vitest';
import { PrintToPdfRequestSchema, SaveFileRequestSchema } from '../../shared/ipc';

describe('IPC channel schemas', () => {
  it('refuses a suggested file name that contains a folder', () => {
    const result = SaveFileRequestSchema.safeParse({ suggestedName: '../etc/passwd', contentType: 'text/plain', content: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('The file name must not contain a folder');
  });

  it('accepts bytes or text as content', () => {
    expect(SaveFileRequestSchema.safeParse({ suggestedName: 'a.csv', contentType: 'text/csv', content: 'a;b' }).success).toBe(true);
    expect(SaveFileRequestSchema.safeParse({ suggestedName: 'a.bin', contentType: 'application/octet-stream', content: new Uint8Array([1, 2]) }).success).toBe(
      true,
    );
  });

  it('refuses a print route that leaves the app', () => {
    expect(PrintToPdfRequestSchema.safeParse({ route: 'https://example.org/', suggestedName: 'a.pdf' }).success).toBe(false);
    expect(PrintToPdfRequestSchema.safeParse({ route: '//example.org/x', suggestedName: 'a.pdf' }).success).toBe(false);
    expect(PrintToPdfRequestSchema.safeParse({ route: '/cases/../../x', suggestedName: 'a.pdf' }).success).toBe(false);
    expect(PrintToPdfRequestSchema.safeParse({ route: '/cases/abc/print', suggestedName: 'a.pdf' }).success).toBe(true);
  });
});
