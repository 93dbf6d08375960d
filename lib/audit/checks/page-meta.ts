import { pageKindOf } from '../../site/page-kinds';
import { pageFacts } from '../html';
import type { CheckResult, Finding, Site } from '../types';
import { result } from '../types';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Why a response is not a PNG share targets can show (≥ 200×200), or null. */
export function pngProblem(contentType: string, body: Buffer): string | null {
  if (!contentType.startsWith('image/png')) return `类型为 ${contentType || '未知'}，不是 PNG`;
  if (body.length < 24 || !body.subarray(0, 8).equals(PNG_SIGNATURE)) return '内容不是 PNG 图片';
  const width = body.readUInt32BE(16);
  const height = body.readUInt32BE(20);
  return width < 200 || height < 200 ? `只有 ${width}×${height} 像素，分享时不显示（至少 200×200）` : null;
}

/**
 * What search engines and share targets read: one robots tag, a canonical URL, the Atom feed,
 * an og:image the portal serves itself as a PNG, and schema.org JSON-LD that parses.
 */
export function checkPageMeta(site: Site): CheckResult {
  const findings: Finding[] = [];
  const internal = (href: string, from: string) => {
    const url = new URL(href, new URL(from, site.origin));
    return url.origin === site.origin || url.origin === site.siteOrigin ? url.pathname + url.search : null;
  };
  for (const [path, html] of site.pages) {
    const facts = pageFacts(html);
    const robots = facts.named.get('robots') ?? [];
    if (robots.length > 1) findings.push({ page: path, message: `<meta name="robots"> 出现了 ${robots.length} 次（${robots.join('；')}）` });
    if (!facts.links.some((l) => l.rel === 'alternate' && l.type === 'application/atom+xml')) {
      findings.push({ page: path, message: '没有指向 Atom 订阅源的 <link rel="alternate" type="application/atom+xml">' });
    }
    if (pageKindOf(path) === 'other') continue;
    if (!facts.links.some((l) => l.rel === 'canonical')) findings.push({ page: path, message: '没有 <link rel="canonical">' });
    const image = facts.properties.get('og:image')?.[0];
    if (!image) {
      findings.push({ page: path, message: '没有 og:image（分享到微信、微博等时没有图片）' });
    } else {
      const target = internal(image, path);
      const response = target === null ? undefined : site.responses.get(target);
      if (target === null) findings.push({ page: path, message: `og:image 来自其他网站：${image}` });
      else if (!response || response.status !== 200) findings.push({ page: path, message: `og:image ${image} 无法访问（${response?.status ?? '未请求'}）` });
      else {
        const problem = pngProblem(response.contentType, response.body);
        if (problem) findings.push({ page: path, message: `og:image ${image} ${problem}` });
      }
    }
    if (facts.jsonLd.length === 0) findings.push({ page: path, message: '没有 schema.org 结构化数据（application/ld+json）' });
    for (const json of facts.jsonLd) {
      try {
        const value = JSON.parse(json) as { '@context'?: unknown };
        if (value['@context'] !== 'https://schema.org') findings.push({ page: path, message: '结构化数据的 @context 不是 https://schema.org' });
      } catch {
        findings.push({ page: path, message: '结构化数据（application/ld+json）不是有效的 JSON' });
      }
    }
  }
  return result('page-meta', '搜索与分享元数据', '每页只有一个 robots 标签、有 canonical 地址和 Atom 订阅源链接；og:image 为本站提供的 PNG 图片；schema.org 结构化数据可以解析。',
    findings, `${site.pages.size} 个页面的搜索与分享元数据正确`);
}
