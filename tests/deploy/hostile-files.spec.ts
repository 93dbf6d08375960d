import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HOSTILE_FILES } from '../fixtures/hostile/hostile-files';
import { copySite } from '../support/site-copy';

test.describe('hostile content files', () => {
  test.setTimeout(180_000);

  test('each fails npm run build at its first step with file, line and a Chinese message, never a stack trace or a half-built site', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'portal-hostile-files-')), 'site');
    try {
      copySite(dir);
      const seed = readFileSync(path.join(dir, 'content/reports/wuzhou-2023.md'), 'utf8');
      for (const hostile of HOSTILE_FILES) hostile.write(dir, seed);
      const started = Date.now();
      const result = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, timeout: 120_000 });
      const output = result.stdout + result.stderr;
      expect(result.status, output.slice(-3_000)).toBe(1);
      for (const hostile of HOSTILE_FILES) expect(output, hostile.name).toContain(hostile.place);
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(output).not.toMatch(/检查这个文件时程序出错/);
      expect(output).toContain(`检查未通过：${HOSTILE_FILES.length} 个错误`);
      expect(existsSync(path.join(dir, '.next/BUILD_ID')), 'next build ran').toBe(false);
      console.log(`check refused ${HOSTILE_FILES.length} hostile files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});
