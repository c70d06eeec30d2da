import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildExportManifest, createCsvWriter, createFileDigest, trainingStamp } from '../../../../shared/reports';

const base = {
  format: 'csv' as const,
  fileName: 'cases.csv',
  filter: { stage: ['DETAINED'], figure: { figure: 'detention.detainedOn' } },
  columns: ['reference', 'familyName'],
  pseudonymised: false,
  generatedBy: { userId: 'u-1', displayName: 'Sara Supervisor' },
  generatedAt: '2026-11-23T10:00:00.000Z',
};

describe('createFileDigest and buildExportManifest', () => {
  it('hashes the chunks of a file to the SHA-256 of the whole file (checked with node:crypto)', () => {
    const writer = createCsvWriter(['Case reference', 'Family name']);
    const digest = createFileDigest();
    const chunks = [writer.chunk([['RC-1', 'Këlliçi']]), writer.chunk([['RC-2', 'Lefèvre']]), writer.finish()];
    for (const chunk of chunks) digest.update(chunk);
    const file = Buffer.from(chunks.join(''), 'utf8');
    const manifest = buildExportManifest({ ...base, rowCount: writer.rowCount, digest, workspace: { id: 'ws-live', kind: 'live' } });
    expect(manifest.sha256).toBe(createHash('sha256').update(file).digest('hex'));
    expect(manifest.byteLength).toBe(file.length);
    expect(manifest.rowCount).toBe(2);
    expect(manifest.training).toBe(false);
    expect(manifest.stamp).toBeNull();
    expect(manifest.filter).toEqual(base.filter);
    expect(JSON.parse(JSON.stringify(manifest))).toEqual(manifest);
    expect(() => digest.update('more')).toThrow(/already finished/);
  });

  it.each([
    ['training', true, trainingStamp],
    ['live', false, null],
  ] as const)('a %s workspace export: training %s, stamp %j', (kind, training, stamp) => {
    const digest = createFileDigest();
    const manifest = buildExportManifest({ ...base, rowCount: 0, digest, workspace: { id: 'ws', kind } });
    expect(manifest.training).toBe(training);
    expect(manifest.stamp).toBe(stamp);
    expect(manifest.sha256).toBe(createHash('sha256').update('').digest('hex'));
  });

  it('refuses a negative row count', () => {
    expect(() => buildExportManifest({ ...base, rowCount: -1, digest: createFileDigest(), workspace: { id: 'ws', kind: 'live' } })).toThrow(/row count/);
  });
});
