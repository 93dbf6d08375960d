import { describe, expect, it } from 'vitest';
import { parseReport } from '@/lib/report';
import { reportModified } from '@/lib/site/dates';

const report = (corrections: string) => parseReport(`---
title: 示例市2023年度法治政府建设工作报告
year: 2023
issuer: 示例市人民政府
source: 示例市司法局
published: 2024-01-21 08:55
columns: [年度报告]
slug: sample-2023
${corrections}
---

引言。

## 一、甲

正文。
`);

describe('when a report last changed', () => {
  it('is its publication time when it was never corrected', () => {
    expect(reportModified(report(''))).toBe('2024-01-21T08:55:00+08:00');
  });

  it('is the day of its latest correction, in China time, whatever the order written', () => {
    expect(reportModified(report('corrections:\n  - date: 2024-03-01\n    note: 甲。\n  - date: 2024-02-05\n    note: 乙。')))
      .toBe('2024-03-01T00:00:00+08:00');
  });
});
