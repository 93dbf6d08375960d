import { describe, expect, it } from 'vitest';
import { reportHead } from '@/lib/site/head';
import { toMetadata } from '@/lib/site/metadata';
import { shareLinks } from '@/lib/site/share';
import { absoluteUrl, reportPath, siteDomain } from '@/lib/site/urls';
import { parseReport } from '@/lib/report';
import type { SiteConfig } from '@/lib/content';

const V6 = 'http://[2001:db8::1]:8080';

const site: SiteConfig = {
  siteName: '示例网站', government: '示例市人民政府', origin: V6, siteIdCode: '4500000001', issuers: [],
};

const report = parseReport(`---
title: 示例市2023年度法治政府建设工作报告
year: 2023
issuer: 示例市人民政府
source: 示例市人民政府办公室
published: 2024-01-21 08:55
columns: [法治政府建设, 年度报告]
slug: sample-2023
---

引言。

## 一、甲

正文。
`);

describe('absolute URLs from an IPv6-literal origin', () => {
  it('builds page URLs that keep the bracketed address and port', () => {
    expect(absoluteUrl(V6, reportPath('sample-2023'))).toBe('http://[2001:db8::1]:8080/reports/sample-2023');
    expect(absoluteUrl(`${V6}/`, '/')).toBe('http://[2001:db8::1]:8080/');
    expect(siteDomain(V6)).toBe('[2001:db8::1]:8080');
  });

  it('puts that URL, encoded, into every share link', () => {
    const url = absoluteUrl(V6, reportPath('sample-2023'));
    for (const link of shareLinks({ url, title: '标题 & 更多', summary: '摘要' })) {
      const href = new URL(link.href);
      expect(href.searchParams.get('url')).toBe('http://[2001:db8::1]:8080/reports/sample-2023');
      expect(href.searchParams.get('title')).toBe('标题 & 更多');
      expect(link.href).not.toContain('[2001');
    }
  });

  it('uses it for the canonical and Open Graph URLs and the SiteDomain tag', () => {
    const metadata = toMetadata(reportHead(site, report));
    expect(metadata.alternates?.canonical).toBe('http://[2001:db8::1]:8080/reports/sample-2023');
    expect((metadata.openGraph as { url?: string }).url).toBe('http://[2001:db8::1]:8080/reports/sample-2023');
    expect(metadata.other?.SiteDomain).toBe('[2001:db8::1]:8080');
    expect(metadata.other?.PubDate).toBe('2024-01-21 08:55');
  });
});
