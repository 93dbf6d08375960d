import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort } from '../../lib/server/free-port';
import { copySite } from '../support/site-copy';

/**
 * Staff preview their files with `npm run dev` (docs/publishing-guide.md): a saved edit, a new
 * file and a broken file must show on reload, the broken one as its check errors in Chinese.
 * Runs `next dev` on a throwaway copy of the portal, so content/ here is never touched.
 */
test('npm run dev shows a saved edit, a new file, and a broken file’s errors in Chinese, on reload', async () => {
  test.setTimeout(600_000);
  const dir = path.join(tmpdir(), `portal-preview-${process.pid}-${Date.now()}`);
  copySite(dir);
  const port = await freePort();
  const origin = `http://[::1]:${port}`;
  // As the guide says: `npm run dev` (it bundles the page script, then starts next dev), in
  // its own process group so that stopping it stops next dev too.
  const server = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--hostname', '::1'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'development' },
    stdio: 'ignore',
    detached: true,
  });
  const page = async (pathname: string) => {
    const response = await fetch(origin + pathname);
    // React separates adjacent text with <!-- --> comments; read the text as a person would.
    return { status: response.status, html: (await response.text()).replace(/<!-- -->/g, '') };
  };
  const file = path.join(dir, 'content/reports/wuzhou-2023.md');
  const seed = readFileSync(file, 'utf8');
  try {
    await expect.poll(async () => (await page('/').catch(() => ({ status: 0 }))).status, { timeout: 300_000, intervals: [1_000] }).toBe(200);

    writeFileSync(file, seed.replace('title: 梧州市2023年度法治政府建设工作报告', 'title: 预览中改过的标题'));
    expect((await page('/reports/wuzhou-2023')).html).toContain('预览中改过的标题');

    const newFile = path.join(dir, 'content/reports/preview-2024.md');
    const newReport = seed
      .replace('title: 梧州市2023年度法治政府建设工作报告', 'title: 预览中新加的报告')
      .replace('slug: wuzhou-2023', 'slug: preview-2024');
    writeFileSync(newFile, newReport);
    // On the first reload: the page, the figures page and the data files of the new report.
    const added = await page('/reports/preview-2024');
    expect(added.status).toBe(200);
    expect(added.html).toContain('预览中新加的报告');
    for (const name of ['figures', 'data.json', 'metrics.csv', 'tables.csv']) {
      expect((await page(`/reports/preview-2024/${name}`)).status, name).toBe(200);
    }
    expect((await page('/reports/preview-2024/figures')).html).toContain('预览中新加的报告');

    writeFileSync(newFile, newReport.replace('year: 2023', 'year: 二〇二三'));
    const broken = await page('/');
    expect(broken.html).toContain('内容检查发现 1 个错误，修改前不能发布');
    expect(broken.html).toMatch(/content\/reports\/preview-2024\.md:\d+:1: year: 应为四位数字年份/);
    // The valid report is still there to read.
    expect(broken.html).toContain('预览中改过的标题');
    // The broken report's own page, reloaded, lists its errors instead of the report.
    const own = await page('/reports/preview-2024');
    expect(own.status).toBe(404);
    expect(own.html).toMatch(/content\/reports\/preview-2024\.md:\d+:1: year: 应为四位数字年份/);
    expect(own.html).not.toContain('预览中新加的报告');
  } finally {
    // Stop npm and next dev with it, and wait until every process of the group is gone: next
    // dev may still be writing its cache into the copy after npm itself has exited.
    const alive = () => {
      try {
        process.kill(-server.pid!, 0);
        return true;
      } catch {
        return false;
      }
    };
    if (alive()) process.kill(-server.pid!, 'SIGTERM');
    for (let waited = 0; alive() && waited < 20_000; waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));
    if (alive()) process.kill(-server.pid!, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
