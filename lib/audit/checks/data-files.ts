import { SCHEMA_PATH } from '../crawl';
import { pageFacts } from '../html';
import type { CheckResult, Finding, Site } from '../types';
import { result } from '../types';
import { atomErrors, compileStrict, formulaCells, sitemapErrors } from '../validators';


const text = (site: Site, path: string) => {
  const response = site.responses.get(path);
  return response?.status === 200 ? response.body.toString('utf8') : null;
};

async function sitemapFindings(site: Site): Promise<Finding[]> {
  const xml = text(site, '/sitemap.xml');
  if (xml === null) return [{ page: '/sitemap.xml', message: '没有网站地图 sitemap.xml' }];
  const findings = (await sitemapErrors(xml)).map((message) => ({ page: '/sitemap.xml', message }));
  for (const m of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
    const url = new URL(m[1]!);
    if (url.origin !== site.origin && url.origin !== site.siteOrigin) {
      findings.push({ page: '/sitemap.xml', message: `列出了其他网站的地址 ${url.href}` });
      continue;
    }
    const html = site.pages.get(url.pathname + url.search);
    if (html && (pageFacts(html).named.get('robots') ?? []).some((r) => /noindex/i.test(r))) {
      findings.push({ page: '/sitemap.xml', message: `列出了标记为 noindex 的页面 ${url.pathname}` });
    }
  }
  const robots = text(site, '/robots.txt');
  if (robots === null || !/^sitemap:\s*\S+\/sitemap\.xml\s*$/im.test(robots)) {
    findings.push({ page: '/robots.txt', message: 'robots.txt 没有用 Sitemap: 指明网站地图' });
  }
  return findings;
}

function feedFindings(site: Site): Finding[] {
  const xml = text(site, '/feed.xml');
  if (xml === null) return [{ page: '/feed.xml', message: '没有 Atom 订阅源 feed.xml' }];
  return atomErrors(xml).map((message) => ({ page: '/feed.xml', message }));
}

function openDataFindings(site: Site): Finding[] {
  const files = [...site.responses.keys()].filter((path) => path.endsWith('/data.json'));
  if (files.length === 0) return [];
  const schemaText = text(site, SCHEMA_PATH);
  if (schemaText === null) return [{ page: SCHEMA_PATH, message: '没有发布开放数据的 JSON Schema' }];
  const schema = JSON.parse(schemaText) as { $id?: unknown };
  const findings: Finding[] = [];
  if (typeof schema.$id !== 'string' || !/^https?:\/\//.test(schema.$id)) findings.push({ page: SCHEMA_PATH, message: `$id 应为绝对网址，实际为 ${JSON.stringify(schema.$id)}` });
  const compiled = compileStrict(schema);
  if ('error' in compiled) return [...findings, { page: SCHEMA_PATH, message: compiled.error }];
  for (const path of files) {
    const body = text(site, path);
    if (body === null) continue;
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      findings.push({ page: path, message: '不是有效的 JSON' });
      continue;
    }
    for (const error of compiled.validate(data)) findings.push({ page: path, message: `不符合 JSON Schema：${error}` });
  }
  return findings;
}

function csvFindings(site: Site): Finding[] {
  return [...site.responses.keys()].filter((path) => path.endsWith('.csv')).flatMap((path) => {
    const body = site.responses.get(path)!.body;
    if (site.responses.get(path)!.status !== 200) return [];
    const findings = formulaCells(body.toString('utf8')).map((message) => ({ page: path, message }));
    if (!(body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf)) findings.push({ page: path, message: '没有 UTF-8 字节顺序标记，Excel 和 WPS 打开时中文会乱码' });
    return findings;
  });
}

/** sitemap.xml against the sitemaps.org XSD, the feed as Atom, data.json against the site's schema, CSV cells. */
export async function checkDataFiles(site: Site): Promise<CheckResult> {
  const findings = [...await sitemapFindings(site), ...feedFindings(site), ...openDataFindings(site), ...csvFindings(site)];
  return result('data-files', '网站地图、订阅源和开放数据', 'sitemap.xml 符合 sitemaps.org 的 XSD 且不列出 noindex 页面，robots.txt 指明网站地图；feed.xml 是完整的 Atom（RFC 4287）；每个 data.json 符合本站发布的 JSON Schema（Ajv 严格模式，$id 为绝对网址）；CSV 带字节顺序标记，没有会被电子表格当作公式的单元格。',
    findings, '网站地图、订阅源和开放数据文件均有效');
}
