import type { IdentityKey } from '../../content/identity';
import { IDENTITY_FIELDS, placeholderReason } from '../../content/identity';
import type { SiteConfig } from '../../content/site-schema';
import { pageFacts } from '../html';
import type { CheckResult, Finding } from '../types';
import { result } from '../types';

/** How each identity item reads in a footer; the first group is its value. */
const FOOTER_PATTERNS: Record<IdentityKey, RegExp> = {
  sponsor: /主办单位[：:]\s*([^\s　]+)/,
  organizer: /承办单位[：:]\s*([^\s　]+)/,
  address: /地址[：:]\s*([^\s　]+)/,
  phone: /电话[：:]\s*([0-9０-９()（）\-－ ]{7,})/,
  siteIdCode: /网站标识码[：:]\s*([A-Za-z0-9]+)/,
  icp: /(\p{Script=Han}{1,2}ICP备[0-9]+号(?:-[0-9]+)?)/u,
  police: /(\p{Script=Han}{1,2}公网安备\s?[0-9]+号)/u,
};

/**
 * The footer of every page shows the site's identity, complete and real: 主办/承办单位,
 * address, phone, 网站标识码, ICP备案号 (linked to the MIIT filing site) and 公网安备号.
 */
export function checkFooter(pages: ReadonlyMap<string, string>, site: SiteConfig | null): CheckResult {
  const findings: Finding[] = [];
  for (const [path, html] of pages) {
    const { footerText, footerLinks } = pageFacts(html);
    if (!footerText) {
      findings.push({ page: path, message: '页面没有页脚（<footer>）' });
      continue;
    }
    for (const { key, label } of IDENTITY_FIELDS) {
      const value = FOOTER_PATTERNS[key].exec(footerText)?.[1];
      if (!value) {
        const why = site && !site[key] ? `（content/site.yaml 未填写 ${key}）` : '';
        findings.push({ page: path, message: `页脚缺少${label}${why}` });
        continue;
      }
      const placeholder = placeholderReason(value);
      if (placeholder) findings.push({ page: path, message: `页脚的${label}“${value}”${placeholder}，像是占位值` });
    }
    const icp = FOOTER_PATTERNS.icp.exec(footerText)?.[1];
    if (icp && !footerLinks.some((l) => l.text.includes(icp) && /^https?:\/\/beian\.miit\.gov\.cn\/?/.test(l.href))) {
      findings.push({ page: path, message: 'ICP备案号没有链接到 https://beian.miit.gov.cn/' });
    }
  }
  return result('footer', '页脚网站标识', '《政府网站发展指引》：每页页脚显示主办单位、承办单位、地址、联系电话、政府网站标识码、ICP备案号（链接到工业和信息化部备案管理系统）和公网安备号，且均为正式信息。',
    findings, `${pages.size} 个页面的页脚标识齐全`);
}
