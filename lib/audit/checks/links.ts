import { ipv6Problem, NOT_FOUND_PATH } from '../crawl';
import type { CheckResult, Finding, Site } from '../types';
import { result } from '../types';

const referrersOf = (site: Site, path: string) => [...(site.referrers.get(path) ?? [])];

/**
 * Every internal URL a page links to or loads, every sitemap entry and the feed answer 200
 * over IPv6; an unknown address answers 404 with a page.
 */
export function checkLinks(site: Site): CheckResult {
  const findings: Finding[] = [];
  const v6 = ipv6Problem(site.origin);
  if (v6) findings.push({ page: null, message: v6 });
  for (const [path, response] of site.responses) {
    if (path === NOT_FOUND_PATH) continue;
    if (response.status === 200) continue;
    const from = referrersOf(site, path);
    const why = response.status === 0 ? `无法通过 IPv6 访问（${response.error ?? '无响应'}）` : `返回 ${response.status}`;
    findings.push({ page: path, message: `${why}${from.length > 0 ? `；链接来自 ${from.join('、')}` : ''}` });
  }
  const missing = site.responses.get(NOT_FOUND_PATH);
  if (missing && (missing.status !== 404 || !missing.contentType.includes('text/html'))) {
    findings.push({ page: NOT_FOUND_PATH, message: `不存在的地址应返回 404 和说明页面，实际返回 ${missing.status}（${missing.contentType || '无内容类型'}）` });
  }
  const count = site.responses.size - 1;
  return result('links', '内部链接与 IPv6 访问', '《推进互联网协议第六版（IPv6）规模部署行动计划》：网站首页和各级内部链接均可通过 IPv6 访问。本项通过 IPv6 请求每个页面中的每个本站链接和资源、网站地图中的每个地址和订阅源，均应返回 200；不存在的地址应返回 404 页面。',
    findings, `${count} 个本站地址均可通过 IPv6 访问并返回 200`);
}
