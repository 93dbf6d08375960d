import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { CheckResult } from '../../lib/audit/types';
import { runAudit } from '../../lib/audit/run-audit';
import { runAuditCommand } from '../../lib/cli/audit-command';
import { missingIdentity } from '../../lib/content/identity';
import { readSite } from '../../lib/content/load';

const ROOT = process.cwd();

/** The checks that failed, with their findings. */
const failures = (checks: CheckResult[]) => Object.fromEntries(checks.filter((c) => !c.passed).map((c) => [c.id, c.findings.map((f) => f.message)]));

test.describe('npm run audit', () => {
  test('the test build passes every check but the identity values content/site.yaml leaves out, which it names', async () => {
    test.setTimeout(600_000);
    const out = test.info().outputPath('audit');
    let stdout = '';
    let stderr = '';
    const code = await runAuditCommand(['--out', out], { cwd: ROOT, out: (t) => { stdout += `${t}\n`; }, err: (t) => { stderr += `${t}\n`; } });
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as { origin: string; checks: CheckResult[] };
    expect(report.origin).toMatch(/^http:\/\/\[::1\]:\d+$/);
    expect(report.checks.map((c) => c.id)).toEqual(['identity-tags', 'footer', 'links', 'offsite', 'axe', 'page-meta', 'data-files', 'html', 'content']);

    const missing = missingIdentity(readSite(ROOT).site ?? {});
    const failed = failures(report.checks);
    if (missing.length === 0) {
      expect(failed).toEqual({});
      expect(code).toBe(0);
      return;
    }
    // Every failure is a value the configuration does not have, and says so.
    expect(Object.keys(failed).sort()).toEqual(missing.some((f) => f.key === 'siteIdCode') ? ['footer', 'identity-tags'] : ['footer']);
    for (const message of Object.values(failed).flat()) expect(message).toMatch(/（content\/site\.yaml 未填写 \w+）$/);
    for (const { key } of missing) expect(failed.footer!.join('\n')).toContain(`content/site.yaml 未填写 ${key}`);
    expect(code).toBe(1);
    expect(stderr).toContain('网站体检未通过');
    expect(stdout).toContain('✔ 通过   无障碍（axe）');

    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html.indexOf('结论：未通过')).toBeLessThan(html.indexOf('各项检查详情'));
    expect(html).toContain('页脚缺少ICP备案号（content/site.yaml 未填写 icp）');
  });

  test('reports each planted problem: placeholder, broken link, off-site image, missing tag, invalid sitemap, formula cell', async ({ baseURL }) => {
    test.setTimeout(300_000);
    // A proxy in front of the test build that plants one problem of each kind.
    const proxy = createServer(async (req, res) => {
      const upstream = await fetch(`${baseURL}${req.url}`, { headers: { 'accept-encoding': 'identity' } });
      const type = upstream.headers.get('content-type') ?? '';
      let body = Buffer.from(await upstream.arrayBuffer());
      const plant = (edit: (text: string) => string) => { body = Buffer.from(edit(body.toString('utf8'))); };
      if (type.includes('text/html')) {
        plant((html) => html.replace('</footer>', '<p>ICP备案号：<a href="https://beian.miit.gov.cn/">桂ICP备00000000号</a></p></footer>'));
        if (req.url === '/') plant((html) => html.replace('</main>', '<a href="/reports/no-such-report">往年报告</a></main>'));
        if (req.url === '/reports') plant((html) => html.replace('</main>', '<img src="https://cdn.example.com/banner.png" alt="横幅"></main>'));
        if (req.url === '/archive') plant((html) => html.replace(/<meta name="ColumnName"[^>]*>/, ''));
      }
      if (req.url === '/sitemap.xml') plant((xml) => xml.replace('2024-01-21T08:55:00+08:00', '2024-01-21T08:55+08:00'));
      if (req.url?.endsWith('/metrics.csv')) plant((csv) => `${csv}=1+1,,,,,,\r\n`);
      res.writeHead(upstream.status, { 'content-type': type });
      res.end(body);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '::1', resolve));
    try {
      const origin = `http://[::1]:${(proxy.address() as AddressInfo).port}`;
      const report = await runAudit({ origin, root: ROOT, axe: false });
      const failed = failures(report.checks);
      const findings = (id: string) => report.checks.find((c) => c.id === id)!.findings;

      expect(failed.footer).toContain('页脚的ICP备案号“桂ICP备00000000号”是一串 0，像是占位值');
      expect(findings('links')).toContainEqual({ page: '/reports/no-such-report', message: '返回 404；链接来自 /' });
      expect(findings('offsite')).toContainEqual({ page: '/reports', message: '从其他网站加载 https://cdn.example.com/banner.png' });
      expect(findings('identity-tags')).toContainEqual({ page: '/archive', message: '栏目页缺少 <meta name="ColumnName">' });
      expect(findings('data-files').filter((f) => f.page === '/sitemap.xml').map((f) => f.message).join('\n'))
        .toMatch(/不符合 sitemaps\.org 的 XSD：.*lastmod.*2024-01-21T08:55\+08:00/);
      expect(findings('data-files')).toContainEqual({ page: '/reports/wuzhou-2023/metrics.csv', message: '第 47 行第 1 列“=1+1”会被电子表格当作公式执行' });
    } finally {
      proxy.close();
    }
  });
});
