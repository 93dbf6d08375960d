import type { SiteConfig } from '../../content/site-schema';
import type { PageKind } from '../../site/page-kinds';
import { pageKindOf } from '../../site/page-kinds';
import { pageFacts } from '../html';
import type { CheckResult, Finding } from '../types';
import { result } from '../types';

const SITE = ['SiteName', 'SiteDomain', 'SiteIDCode'];

/**
 * The tags each kind of page must carry (《政府网站发展指引》 网页设计规范): site tags on every
 * page, column tags on column pages, article tags (with ColumnName and ColumnType) on
 * article pages, where this portal also gives the optional ones.
 */
export const REQUIRED_TAGS: Record<PageKind, string[]> = {
  home: SITE,
  column: [...SITE, 'ColumnName', 'ColumnDescription', 'ColumnKeywords', 'ColumnType'],
  article: [...SITE, 'ColumnName', 'ColumnType', 'ArticleTitle', 'PubDate', 'ContentSource', 'Keywords', 'Author', 'Description', 'Image', 'Url'],
  other: SITE,
};

const KIND_NAMES: Record<PageKind, string> = { home: '首页', column: '栏目页', article: '文章页', other: '其他页面' };

/** What content/site.yaml leaves out that would fill a tag, to say why the tag is missing. */
const CONFIG_FIELD: Record<string, keyof SiteConfig> = { SiteIDCode: 'siteIdCode' };

/** How some tags must be written. */
const FORMATS: Record<string, [RegExp, string]> = {
  PubDate: [/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, '格式应为 YYYY-MM-DD HH:MM'],
  SiteIDCode: [/^[A-Za-z0-9]{10}$/, '应为 10 位数字或字母'],
};

/** Identity tags of each page, by the kind of page its path is. */
export function checkIdentityTags(pages: ReadonlyMap<string, string>, site: SiteConfig | null): CheckResult {
  const findings: Finding[] = [];
  for (const [path, html] of pages) {
    const kind = pageKindOf(path);
    const { named } = pageFacts(html);
    for (const tag of REQUIRED_TAGS[kind]) {
      const values = named.get(tag) ?? [];
      const field = CONFIG_FIELD[tag];
      if (values.length === 0) {
        const why = field && site && !site[field] ? `（content/site.yaml 未填写 ${field}）` : '';
        findings.push({ page: path, message: `${KIND_NAMES[kind]}缺少 <meta name="${tag}">${why}` });
      } else if (values.length > 1) {
        findings.push({ page: path, message: `<meta name="${tag}"> 出现了 ${values.length} 次` });
      } else if (!values[0]!.trim()) {
        findings.push({ page: path, message: `<meta name="${tag}"> 内容为空` });
      } else if (FORMATS[tag] && !FORMATS[tag][0].test(values[0]!)) {
        findings.push({ page: path, message: `<meta name="${tag}" content="${values[0]}"> ${FORMATS[tag][1]}` });
      }
    }
    const domain = named.get('SiteDomain')?.[0];
    if (site && domain && domain !== new URL(site.origin).host) {
      findings.push({ page: path, message: `SiteDomain 为“${domain}”，与网站地址 ${site.origin} 不符` });
    }
  }
  return result('identity-tags', '页面标识元数据', '《政府网站发展指引》网页设计规范：每页有 SiteName、SiteDomain、SiteIDCode；栏目页另有 ColumnName、ColumnDescription、ColumnKeywords、ColumnType；文章页另有 ColumnName、ColumnType、ArticleTitle、PubDate（YYYY-MM-DD HH:MM）、ContentSource，以及 Keywords、Author、Description、Image、Url。',
    findings, `${pages.size} 个页面的标识元数据齐全`);
}
