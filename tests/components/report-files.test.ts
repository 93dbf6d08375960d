import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Corrections } from '@/components/corrections';
import { ReportFiles } from '@/components/report-files';
import { parseReport } from '@/lib/report';

const report = parseReport(`---
title: 示例市2023年度法治政府建设工作报告
year: 2023
issuer: 示例市人民政府
source: 示例市人民政府办公室
published: 2024-01-21 08:55
columns: [法治政府建设, 年度报告]
slug: sample-2023
attachments:
  - title: 报告（盖章版）
    url: /files/sample-2023.pdf
    note: PDF，1.2 MB
related:
  - title: 示例市2022年度法治政府建设工作报告
    url: https://www.example.gov.cn/2022.html
corrections:
  - date: 2024-02-05
    note: 第四部分“111件”原误为“11件”，已更正。
---

引言。

## 一、甲

正文。
`);

describe('report files and corrections', () => {
  it('lists 文件下载 and 关联文件 as labelled sections of links', () => {
    const html = renderToStaticMarkup(ReportFiles({ meta: report.meta }));
    expect(html).toContain('<h2 id="attachments-title">文件下载</h2>');
    expect(html).toContain('<a href="/files/sample-2023.pdf" download="">报告（盖章版）</a>');
    expect(html).toContain('（PDF，1.2 MB）');
    expect(html).toContain('<h2 id="related-title">关联文件</h2>');
    expect(html).toContain('<a href="https://www.example.gov.cn/2022.html">示例市2022年度法治政府建设工作报告</a>');
  });

  it('shows nothing when a report has neither', () => {
    const bare = { ...report.meta, attachments: [], related: [] };
    expect(renderToStaticMarkup(ReportFiles({ meta: bare }))).toBe('');
  });

  it('shows each correction with its date', () => {
    const html = renderToStaticMarkup(Corrections({ corrections: report.meta.corrections }));
    expect(html).toContain('勘误');
    expect(html).toContain('<time dateTime="2024-02-05">2024-02-05</time>：第四部分“111件”原误为“11件”，已更正。');
  });
});
