import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { copySite } from '../support/site-copy';

test.describe('publishing is atomic', () => {
  test('an export whose content fails the check leaves the published site, its CSP map and the releases unchanged', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'portal-publish-')), 'site');
    try {
      copySite(dir);
      // A published release, as a previous `npm run export` leaves it.
      mkdirSync(path.join(dir, '.exports/20240101T000000Z-1'), { recursive: true });
      writeFileSync(path.join(dir, '.exports/20240101T000000Z-1/index.html'), 'the published site');
      writeFileSync(path.join(dir, '.exports/20240101T000000Z-1.json'), '{}');
      symlinkSync('.exports/20240101T000000Z-1', path.join(dir, 'out'));
      writeFileSync(path.join(dir, 'out.nginx-csp.conf'), 'the published map');
      // A staff mistake: a report with an impossible date.
      const seed = readFileSync(path.join(dir, 'content/reports/wuzhou-2023.md'), 'utf8');
      writeFileSync(path.join(dir, 'content/reports/broken.md'), seed.replace(/^slug: .*$/m, 'slug: broken').replace(/^published: .*$/m, 'published: 2024-02-30 08:55'));

      const result = spawnSync('npm', ['run', 'export'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
      const output = result.stdout + result.stderr;
      expect(result.status, output).toBe(1);
      expect(output).toContain('content/reports/broken.md:');
      expect(output).toContain('当前发布的网站保持不变');

      expect(readlinkSync(path.join(dir, 'out'))).toBe('.exports/20240101T000000Z-1');
      expect(readFileSync(path.join(dir, 'out/index.html'), 'utf8')).toBe('the published site');
      expect(readFileSync(path.join(dir, 'out.nginx-csp.conf'), 'utf8')).toBe('the published map');
      expect(readdirSync(path.join(dir, '.exports')).sort()).toEqual(['20240101T000000Z-1', '20240101T000000Z-1.json']);
    } finally {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});
