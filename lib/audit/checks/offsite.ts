import { pageFacts } from '../html';
import type { CheckResult, Finding, Site } from '../types';
import { result } from '../types';

/**
 * Nothing a page loads comes from another host: scripts, stylesheets, images, frames, media,
 * fonts and url() in stylesheets. `observed` adds requests a browser saw while loading the
 * pages (what scripts fetch), when the browser check ran.
 */
export function checkOffsite(site: Site, observed: Finding[] = []): CheckResult {
  const findings: Finding[] = [];
  const foreign = (href: string, from: string) => {
    try {
      const url = new URL(href, new URL(from, site.origin));
      return /^https?:$/.test(url.protocol) && url.origin !== site.origin && url.origin !== site.siteOrigin ? url.href : null;
    } catch {
      return null;
    }
  };
  for (const [path, html] of site.pages) {
    for (const href of pageFacts(html).resources) {
      const url = foreign(href, path);
      if (url) findings.push({ page: path, message: `从其他网站加载 ${url}` });
    }
  }
  for (const [path, response] of site.responses) {
    if (response.status !== 200 || !response.contentType.includes('text/css')) continue;
    for (const m of response.body.toString('utf8').matchAll(/url\(\s*['"]?(https?:\/\/[^'")\s]+)/gi)) {
      const url = foreign(m[1]!, path);
      if (url) findings.push({ page: path, message: `样式表从其他网站加载 ${url}` });
    }
  }
  return result('offsite', '不加载其他网站的资源', 'IPv6 改造要求：页面所用的脚本、样式、图片、字体、媒体和框架都由本站提供（其他网站若不支持 IPv6，页面会出现空洞），也不使用第三方统计、字体或分享脚本。',
    [...findings, ...observed], `${site.pages.size} 个页面只加载本站资源`);
}
