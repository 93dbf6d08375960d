import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { copySite, seedBuildCache } from '../support/site-copy';

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

/** Runs the build in `dir` and sends it SIGINT once its output matches `when`; resolves to its exit code and output. */
function interruptWhen(dir: string, env: NodeJS.ProcessEnv, when: RegExp): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'lib/cli/build.ts'], { cwd: dir, env });
    let output = '';
    let sent = false;
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (!sent && when.test(output)) {
        sent = true;
        child.kill('SIGINT');
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('close', (code) => resolve({ code, output }));
  });
}

test.describe('a failed build keeps the site it would have replaced', () => {
  test.setTimeout(400_000);

  test('when a step after next build fails or the build is interrupted, npm run build puts the previous build and page script back', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'portal-failed-build-')), 'site');
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORTAL_SITE_COPY: '1' };
    try {
      copySite(dir);
      seedBuildCache(dir);
      const first = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', env });
      expect(first.status, (first.stdout + first.stderr).slice(-3_000)).toBe(0);
      const buildId = readFileSync(path.join(dir, '.next/BUILD_ID'), 'utf8');
      const scripts = readdirSync(path.join(dir, 'public/js'));
      const page = readFileSync(path.join(dir, '.next/server/pages/reports/wuzhou-2023.html'), 'utf8');

      // A new report, a changed page script, and a step after next build that fails (as the
      // CSP step does when a page carries a script it cannot vouch for).
      const seed = readFileSync(path.join(dir, 'content/reports/wuzhou-2023.md'), 'utf8');
      writeFileSync(path.join(dir, 'content/reports/added.md'), seed.replace(/^slug: .*$/m, 'slug: added').replace(/^year: .*$/m, 'year: 2022'));
      const islands = path.join(dir, 'components/islands/index.ts');
      writeFileSync(islands, `${readFileSync(islands, 'utf8')}\n// changed\nconsole.debug('changed');\n`);
      const pkgFile = path.join(dir, 'package.json');
      const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { scripts: Record<string, string> };
      const original = { ...pkg.scripts };
      pkg.scripts.csp = 'node -e "console.error(\'CSP 步骤失败（测试）\'); process.exit(3)"';
      writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));

      const second = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', env });
      const output = second.stdout + second.stderr;
      expect(second.status, output.slice(-3_000)).toBe(1);
      expect(output).toContain('CSP 步骤失败（测试）');
      expect(output).toContain('构建失败：npm run csp 未完成。网站仍是上一次构建的样子');
      expect(readFileSync(path.join(dir, '.next/BUILD_ID'), 'utf8')).toBe(buildId);
      expect(readFileSync(path.join(dir, '.next/server/pages/reports/wuzhou-2023.html'), 'utf8')).toBe(page);
      expect(existsSync(path.join(dir, '.next/server/pages/reports/added.html')), 'the new report is not half-published').toBe(false);
      expect(readdirSync(path.join(dir, 'public/js')), 'the page script the kept pages load').toEqual(scripts);
      expect(existsSync(path.join(dir, '.next/cache/previous-build'))).toBe(false);

      // Interrupted (Ctrl+C, a stopped job) while next build writes the new site.
      pkg.scripts.csp = original.csp ?? '';
      writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
      const interrupted = await interruptWhen(dir, env, /Creating an optimized production build|Compiled successfully/);
      expect(interrupted.code, interrupted.output.slice(-3_000)).toBe(1);
      expect(interrupted.output).toContain('构建失败：构建被中断。网站仍是上一次构建的样子');
      expect(readFileSync(path.join(dir, '.next/BUILD_ID'), 'utf8')).toBe(buildId);
      expect(readFileSync(path.join(dir, '.next/server/pages/reports/wuzhou-2023.html'), 'utf8')).toBe(page);
      expect(readdirSync(path.join(dir, 'public/js'))).toEqual(scripts);
      expect(existsSync(path.join(dir, '.next/cache/previous-build'))).toBe(false);
    } finally {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});
