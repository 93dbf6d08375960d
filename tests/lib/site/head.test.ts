import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '@/lib/content';
import { parseReport } from '@/lib/report';
import { COLUMNS, issuerColumn } from '@/lib/site/columns';
import type { HeadTag } from '@/lib/site/head';
import { columnHead, figuresHead, headTags, homeHead, renderHeadTags, reportHead } from '@/lib/site/head';
import { toMetadata } from '@/lib/site/metadata';

const site: SiteConfig = { siteName: '示例市人民政府 年度报告', government: '示例市人民政府', origin: 'https://www.example.gov.cn', siteIdCode: '4599000017', issuers: [] };

const report = parseReport(`---
title: 示例市2023年度法治政府建设工作报告
year: 2023
issuer: 示例市人民政府
source: 示例市司法局
published: 2024-01-21 08:55
columns: [法治政府建设, 年度报告]
slug: sample-2023
corrections:
  - date: 2024-02-05
    note: 更正一处数字。
---

2023年,示例市坚持依法行政,深入推进法治政府建设,全面提升政府治理能力,努力为经济社会高质量发展提供坚强有力的法治保障和服务,各项工作取得明显成效,人民群众的获得感、幸福感和安全感不断增强,法治政府建设迈出新步伐,依法行政水平持续提高,各级领导干部法治意识明显增强。

## 一、甲

正文。
`);

/** The content of each <meta name> tag, by name. */
const named = (tags: HeadTag[]) => Object.fromEntries(tags.flatMap((t) => (t.tag === 'meta' && 'name' in t ? [[t.name, t.content]] : [])));
const properties = (tags: HeadTag[]) => Object.fromEntries(tags.flatMap((t) => (t.tag === 'meta' && 'property' in t ? [[t.property, t.content]] : [])));

describe('page heads', () => {
  it('a column page carries the site tags and all four column tags', () => {
    expect(named(headTags(columnHead(site, COLUMNS.reports)))).toMatchObject({
      SiteName: '示例市人民政府 年度报告',
      SiteDomain: 'www.example.gov.cn',
      SiteIDCode: '4599000017',
      ColumnName: '年度报告',
      ColumnDescription: expect.stringMatching(/年度报告/),
      ColumnKeywords: expect.stringMatching(/年度报告/),
      ColumnType: '年度报告',
    });
  });

  it('a later page of an issuer’s list names the issuer as its column, its page, and the breadcrumb through 发布机关', () => {
    const head = columnHead(site, issuerColumn({ name: '示例市司法局', slug: 'shili-sfj' }), [['发布机关', '/issuers']], 2);
    expect(head.title).toBe('示例市司法局（第2页） - 示例市人民政府 年度报告');
    expect(head.canonical).toBe('https://www.example.gov.cn/issuers/shili-sfj/2');
    expect(named(headTags(head))).toMatchObject({ ColumnName: '示例市司法局', ColumnType: '年度报告', ColumnKeywords: expect.stringMatching(/^示例市司法局,/) });
    expect(head.jsonLd[1]).toMatchObject({ itemListElement: [
      { name: '首页', item: 'https://www.example.gov.cn/' },
      { name: '发布机关', item: 'https://www.example.gov.cn/issuers' },
      { name: '示例市司法局（第2页）', item: 'https://www.example.gov.cn/issuers/shili-sfj/2' },
    ] });
  });

  it('a report page carries the article tags, with Keywords, Author and its column', () => {
    expect(named(headTags(reportHead(site, report)))).toMatchObject({
      SiteIDCode: '4599000017',
      ColumnName: '年度报告',
      ColumnType: '年度报告',
      ArticleTitle: '示例市2023年度法治政府建设工作报告',
      PubDate: '2024-01-21 08:55',
      ContentSource: '示例市司法局',
      Keywords: '示例市人民政府,2023年,法治政府建设,年度报告',
      Author: '示例市人民政府',
      Image: 'https://www.example.gov.cn/share-image.png',
      Url: 'https://www.example.gov.cn/reports/sample-2023',
    });
  });

  it('leaves SiteIDCode out when the site does not know it', () => {
    const { siteIdCode: _code, ...unknown } = site;
    expect(named(headTags(homeHead(unknown)))).not.toHaveProperty('SiteIDCode');
  });

  it('shares a PNG served by the portal itself, with its size', () => {
    expect(properties(headTags(figuresHead(site, report)))).toMatchObject({
      'og:image': 'https://www.example.gov.cn/share-image.png',
      'og:image:type': 'image/png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:type': 'article',
      'article:published_time': '2024-01-21T08:55:00+08:00',
      'article:modified_time': '2024-02-05T00:00:00+08:00',
    });
  });

  it('describes a report by its first sentence, not cut mid-word', () => {
    expect(reportHead(site, report).description).toBe('2023年,示例市坚持依法行政,深入推进法治政府建设,全面提升政府治理能力,努力为经济社会高质量发展提供坚强有力的法治保障和服务,各项工作取得明显成效,人民群众的获得感、幸福感和安全感不断增强,法治政府建设迈出新步伐…');
  });

  it('describes a report in JSON-LD as a schema.org Report with its dates and issuer', () => {
    const [ld, crumbs] = reportHead(site, report).jsonLd;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Report',
      headline: '示例市2023年度法治政府建设工作报告',
      datePublished: '2024-01-21T08:55:00+08:00',
      dateModified: '2024-02-05T00:00:00+08:00',
      inLanguage: 'zh-CN',
      author: { '@type': 'GovernmentOrganization', name: '示例市人民政府' },
      url: 'https://www.example.gov.cn/reports/sample-2023',
    });
    expect(crumbs).toMatchObject({ '@type': 'BreadcrumbList', itemListElement: [{ name: '首页' }, { name: '年度报告' }, { name: '示例市2023年度法治政府建设工作报告' }] });
  });

  it('names the Atom feed in a page’s own alternates, which replace the layout’s', () => {
    const metadata = toMetadata(columnHead(site, COLUMNS.archive));
    expect(metadata.alternates).toEqual({
      canonical: 'https://www.example.gov.cn/archive',
      types: { 'application/atom+xml': [{ url: '/feed.xml', title: '示例市人民政府 年度报告更新' }] },
    });
  });

  it('marks only the search page noindex', () => {
    expect(toMetadata(columnHead(site, COLUMNS.search)).robots).toBe('noindex');
    expect(toMetadata(columnHead(site, COLUMNS.reports)).robots).toBeUndefined();
  });

  it('prints as plain HTML, escaped, with JSON-LD that cannot close its script', () => {
    const html = renderHeadTags([
      { tag: 'title', text: 'A & B' },
      { tag: 'meta', name: 'ColumnName', content: '"年度"报告' },
      { tag: 'script', type: 'application/ld+json', json: JSON.stringify({ a: '</script>' }).replace(/</g, '\\u003c') },
    ]);
    expect(html).toBe('<title>A &amp; B</title>\n<meta name="ColumnName" content="&quot;年度&quot;报告">\n'
      + '<script type="application/ld+json">{"a":"\\u003c/script>"}</script>');
  });
});
