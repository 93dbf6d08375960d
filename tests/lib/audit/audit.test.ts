import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFooter } from '@/lib/audit/checks/footer';
import { checkHtml } from '@/lib/audit/checks/html-conformance';
import { checkIdentityTags } from '@/lib/audit/checks/identity-tags';
import { checkLinks } from '@/lib/audit/checks/links';
import { checkOffsite } from '@/lib/audit/checks/offsite';
import { pngProblem } from '@/lib/audit/checks/page-meta';
import { crawlSite, ipv6Problem } from '@/lib/audit/crawl';
import { pageFacts } from '@/lib/audit/html';
import { auditReportHtml } from '@/lib/audit/report-html';
import type { AuditReport } from '@/lib/audit/types';
import type { SiteConfig } from '@/lib/content';

const site: SiteConfig = { siteName: '示例网站', government: '示例市人民政府', origin: 'https://www.example.gov.cn', issuers: [] };

const page = (head: string, body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;
const FOOTER = '<footer><p>主办单位：示例市人民政府办公室　承办单位：示例市大数据发展局</p><p>地址：示例市示例路1号　联系电话：0774-1234567</p>'
  + '<p>网站标识码：4599000017　<a href="https://beian.miit.gov.cn/">桂ICP备12345678号-1</a>　桂公网安备 45990102000123号</p></footer>';

/** A tiny site on [::1]: a home page, a column page, a broken link, an image on a CDN, a stylesheet. */
const SITE: Record<string, [string, string, number?]> = {
  '/': ['text/html', page('<link rel="stylesheet" href="/s.css">', `<a href="/reports">年度报告</a><a href="https://www.example.gov.cn/missing">旧链接</a><form action="/search"></form>${FOOTER}`)],
  '/reports': ['text/html', page('', `<img src="https://cdn.example.com/a.png" alt="">${FOOTER}`)],
  '/search': ['text/html', page('', FOOTER)],
  '/s.css': ['text/css', 'body { background: url(/bg.png) } h1 { background: url("https://fonts.example.com/x.woff2") }'],
  '/bg.png': ['image/png', 'png'],
};

let origin = '';
const server = createServer((req, res) => {
  const [type, body, status] = SITE[req.url ?? ''] ?? ['text/html', page('', '页面不存在'), 404];
  res.writeHead(status ?? 200, { 'content-type': type });
  res.end(body);
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '::1', resolve));
  origin = `http://[::1]:${(server.address() as AddressInfo).port}`;
});
afterAll(() => { server.close(); });

describe('the audit', () => {
  it('crawls over IPv6: links, GET forms, stylesheets and their url(), URLs on the configured origin', async () => {
    const crawled = await crawlSite(origin, site.origin);
    expect([...crawled.pages.keys()]).toEqual(['/', '/reports', '/search']);
    expect([...crawled.responses.keys()]).toEqual(expect.arrayContaining(['/s.css', '/bg.png', '/missing']));
    expect(checkLinks(crawled).findings).toContainEqual({ page: '/missing', message: '返回 404；链接来自 /' });
    expect(checkOffsite(crawled).findings).toEqual([
      { page: '/reports', message: '从其他网站加载 https://cdn.example.com/a.png' },
      { page: '/s.css', message: '样式表从其他网站加载 https://fonts.example.com/x.woff2' },
    ]);
  });

  it('cannot check IPv6 through an IPv4 address, and says so', () => {
    expect(ipv6Problem('http://127.0.0.1:3000')).toMatch(/^127\.0\.0\.1 是 IPv4 地址/);
    expect(ipv6Problem('http://[::1]:3000')).toBeNull();
  });

  it('asks each kind of page for its own identity tags', () => {
    const home = page('<meta name="SiteName" content="示例网站"><meta name="SiteDomain" content="www.example.gov.cn"><meta name="SiteIDCode" content="4599000017">', '');
    const column = home.replace('</head>', '<meta name="ColumnName" content="年度报告"><meta name="ColumnType" content="年度报告"></head>');
    const result = checkIdentityTags(new Map([['/', home], ['/reports', column]]), site);
    expect(result.findings).toEqual([
      { page: '/reports', message: '栏目页缺少 <meta name="ColumnDescription">' },
      { page: '/reports', message: '栏目页缺少 <meta name="ColumnKeywords">' },
    ]);
  });

  it('names what content/site.yaml leaves out when a footer lacks it, and spots placeholders', () => {
    const footer = checkFooter(new Map([
      ['/', page('', '<footer><p>网站标识码：4599000017</p><p>联系电话：0774-0000000</p></footer>')],
    ]), { ...site, siteIdCode: '4599000017' });
    expect(footer.findings.map((f) => f.message)).toEqual([
      '页脚缺少主办单位（content/site.yaml 未填写 sponsor）',
      '页脚缺少承办单位（content/site.yaml 未填写 organizer）',
      '页脚缺少地址（content/site.yaml 未填写 address）',
      '页脚的联系电话“0774-0000000”是一串 0，像是占位值',
      '页脚缺少ICP备案号（content/site.yaml 未填写 icp）',
      '页脚缺少公网安备号（content/site.yaml 未填写 police）',
    ]);
    expect(checkFooter(new Map([['/', page('', FOOTER)]]), site).findings).toEqual([]);
  });

  it('validates HTML with a validator library', async () => {
    const result = await checkHtml(new Map([['/', page('', '<p id="a"><div id="a"></div></p>')]]));
    expect(result.findings.map((f) => f.message).join('\n')).toMatch(/Duplicate ID "a".*no-dup-id/);
  });

  it('reads the page the way a DOM does', () => {
    const facts = pageFacts(page('<meta property="og:image" content="/i.png">', '<div style="background:url(/b.png)"></div><img srcset="/s1.png 1x, /s2.png 2x">'));
    expect(facts.resources).toEqual(['/s1.png', '/s2.png', '/b.png']);
    expect(facts.properties.get('og:image')).toEqual(['/i.png']);
  });

  it('accepts only a PNG share image big enough to show', () => {
    const png = (w: number, h: number) => {
      const b = Buffer.alloc(24);
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b);
      b.writeUInt32BE(w, 16);
      b.writeUInt32BE(h, 20);
      return b;
    };
    expect(pngProblem('image/png', png(1200, 630))).toBeNull();
    expect(pngProblem('image/png', png(100, 100))).toBe('只有 100×100 像素，分享时不显示（至少 200×200）');
    expect(pngProblem('image/svg+xml', png(1200, 630))).toBe('类型为 image/svg+xml，不是 PNG');
  });

  it('writes a Chinese report with the verdict before the details', () => {
    const report: AuditReport = {
      origin: 'http://[::1]:3000', siteOrigin: 'https://www.example.gov.cn', startedAt: '2024-05-01T02:03:04Z', finishedAt: '2024-05-01T02:04:05Z',
      pages: ['/'], files: [], passed: false,
      checks: [{ id: 'links', title: '内部链接与 IPv6 访问', rule: '规则', passed: false, summary: '发现 1 个问题', findings: [{ page: '/x', message: '返回 404 <b>' }], warnings: [] }],
    };
    const html = auditReportHtml(report);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('检查时间：2024年5月1日 10:03 至 2024年5月1日 10:04（北京时间）');
    expect(html.indexOf('结论：未通过。1 项检查中有 1 项未通过：内部链接与 IPv6 访问。')).toBeLessThan(html.indexOf('各项检查详情'));
    expect(html).toContain('返回 404 &lt;b&gt;');
  });
});
