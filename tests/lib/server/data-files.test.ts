import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dataFileRoutes, dataFiles, REPORT_FILES_DIR } from '@/lib/server/data-files';
import { reportFileHeaders, reportFileOfPath } from '@/lib/site/report-file-names';
import { tempDir } from '../../temp-dir';

function distWith(files: Record<string, string>): string {
  const dist = tempDir('dist');
  for (const [file, body] of Object.entries(files)) {
    const full = path.join(dist, REPORT_FILES_DIR, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, body);
  }
  return dist;
}

describe('the open-data files npm start serves', () => {
  it('are the report files the build wrote, nothing else in that folder', () => {
    const dist = distWith({
      'reports/a-2023/data.json': '{}',
      'reports/a-2023/metrics.csv': 'x',
      'reports/a-2023/tables.csv': 'x',
      'reports/a-2023/notes.txt': 'x',
      'reports/a-2023/deeper/data.json': '{}',
      'other/b/data.json': '{}',
    });
    expect([...dataFileRoutes(dist)].sort()).toEqual([
      '/reports/a-2023/data.json', '/reports/a-2023/metrics.csv', '/reports/a-2023/tables.csv',
    ]);
  });

  it('are none when the build wrote none', () => {
    expect(dataFileRoutes(tempDir('dist')).size).toBe(0);
  });

  it('are sent from their bytes, with gzip', async () => {
    const dist = distWith({ 'reports/a-2023/data.json': '{"a":1}' });
    const files = dataFiles(dist);
    const file = await files.get('/reports/a-2023/data.json');
    expect(file?.raw.toString()).toBe('{"a":1}');
    expect(gunzipSync(file!.gzip).toString()).toBe('{"a":1}');
    expect(await files.get('/reports/b-2023/data.json')).toBeNull();
  });
});

describe('a report file’s URL and headers', () => {
  it('names a report and one of its three files', () => {
    expect(reportFileOfPath('/reports/wuzhou-2023/metrics.csv')).toEqual({ slug: 'wuzhou-2023', name: 'metrics.csv' });
    expect(reportFileOfPath('/reports/wuzhou-2023/figures')).toBeNull();
    expect(reportFileOfPath('/reports/wuzhou-2023/data.json/x')).toBeNull();
    expect(reportFileOfPath('/compare.csv')).toBeNull();
  });

  it('downloads CSV under a name that tells two reports apart, and opens JSON', () => {
    expect(reportFileHeaders('wuzhou-2023', 'metrics.csv')).toEqual({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="wuzhou-2023-metrics.csv"',
    });
    expect(reportFileHeaders('wuzhou-2023', 'tables.csv')['Content-Disposition']).toBe('attachment; filename="wuzhou-2023-tables.csv"');
    expect(reportFileHeaders('wuzhou-2023', 'data.json')).toEqual({ 'Content-Type': 'application/json' });
  });
});
