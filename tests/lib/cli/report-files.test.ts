import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFilesDir, writeReportFiles } from '@/lib/cli/report-files';
import { loadContent } from '@/lib/content';
import { tempDir } from '../../temp-dir';
import { ROOT } from './run-cli';

describe('npm run files: the open-data files of every report', () => {
  it('writes data.json, metrics.csv and tables.csv for each report', () => {
    const { reports } = loadContent(ROOT);
    const dir = tempDir('report-files');
    expect(writeReportFiles(reports, dir, true)).toBe(reports.length * 3);
    for (const report of reports) {
      const files = path.join(dir, 'reports', report.meta.slug);
      const data = JSON.parse(readFileSync(path.join(files, 'data.json'), 'utf8'));
      expect(data.meta.slug).toBe(report.meta.slug);
      expect(data.sections).toHaveLength(report.sections.length);
      expect(data.metrics).toHaveLength(report.metrics.length);
      for (const csv of ['metrics.csv', 'tables.csv']) {
        // Excel opens UTF-8 CSV correctly only with the byte-order mark.
        expect([...readFileSync(path.join(files, csv)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      }
      const rows = readFileSync(path.join(files, 'metrics.csv'), 'utf8').trim().split('\r\n');
      expect(rows).toHaveLength(report.metrics.length + 1);
    }
  });

  it('takes the files of a report removed from content with it in a server build, not in an export', () => {
    const { reports } = loadContent(ROOT);
    const dir = tempDir('report-files');
    mkdirSync(path.join(dir, 'reports', 'removed-2020'), { recursive: true });
    writeFileSync(path.join(dir, 'reports', 'removed-2020', 'data.json'), '{}');
    writeReportFiles(reports, dir, false);
    expect(existsSync(path.join(dir, 'reports', 'removed-2020', 'data.json'))).toBe(true);
    writeReportFiles(reports, dir, true);
    expect(existsSync(path.join(dir, 'reports', 'removed-2020'))).toBe(false);
    expect(existsSync(path.join(dir, 'reports', reports[0]!.meta.slug, 'data.json'))).toBe(true);
  });

  it('go into the server build, or beside the pages of a static export', () => {
    expect(reportFilesDir('/site', {})).toEqual({ dir: '/site/.next/report-files', exporting: false });
    expect(reportFilesDir('/site', { NEXT_OUTPUT: 'export', EXPORT_DIR: '.exports/r1.partial' }))
      .toEqual({ dir: '/site/.exports/r1.partial', exporting: true });
    expect(reportFilesDir('/site', { NEXT_OUTPUT: 'export' })).toEqual({ dir: '/site/out', exporting: true });
  });
});
