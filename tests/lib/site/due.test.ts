import { describe, expect, it } from 'vitest';
import type { Issuer } from '@/lib/content';
import { buildDay, dueReports } from '@/lib/site/due';

const ISSUERS: Issuer[] = [
  { name: '梧州市人民政府', slug: 'wuzhou', type: '政府' },
  { name: '梧州市司法局', slug: 'wuzhou-sfj', type: '部门', parent: 'wuzhou' },
  { name: '苍梧县人民政府', slug: 'cangwu', type: '区县', parent: 'wuzhou' },
];
const PUBLISHED = [
  { issuer: '梧州市人民政府', year: 2023, kind: '政府信息公开工作年度报告' as const },
  { issuer: '梧州市司法局', year: 2023, kind: '法治政府建设年度报告' as const },
  { issuer: '苍梧县人民政府', year: 2022, kind: '政府信息公开工作年度报告' as const },
];

describe('what is due', () => {
  it('in January: both of last year’s reports are due, with the days left, and who has not published', () => {
    const [xxgk, fzzf] = dueReports(ISSUERS, PUBLISHED, '2024-01-20');
    expect(xxgk).toEqual({ kind: '政府信息公开工作年度报告', year: 2023, deadline: '2024-01-31', status: 'due', days: 11, missing: [ISSUERS[1], ISSUERS[2]], published: 1 });
    expect(fzzf).toMatchObject({ kind: '法治政府建设年度报告', year: 2023, deadline: '2024-04-01', status: 'due', days: 72, published: 1 });
    expect(fzzf?.missing.map((i) => i.name)).toEqual(['梧州市人民政府', '苍梧县人民政府']);
  });

  it('on the deadline the report is still due; the day after it is overdue', () => {
    expect(dueReports(ISSUERS, PUBLISHED, '2024-01-31')[0]).toMatchObject({ status: 'due', days: 0 });
    expect(dueReports(ISSUERS, PUBLISHED, '2024-02-01')[0]).toMatchObject({ status: 'overdue', days: 1 });
    // 2024 is a leap year: 1 April is 60 days after 1 February.
    expect(dueReports(ISSUERS, PUBLISHED, '2024-04-02')[1]).toMatchObject({ status: 'overdue', days: 1 });
  });

  it('a new year asks for the reports about the year just ended', () => {
    const [xxgk] = dueReports(ISSUERS, PUBLISHED, '2025-01-02');
    expect(xxgk).toMatchObject({ year: 2024, published: 0 });
    expect(xxgk?.missing).toHaveLength(3);
  });
});

describe('the build day', () => {
  it('is the day in China (UTC+8), or PORTAL_TODAY when set', () => {
    expect(buildDay(new Date('2024-01-31T16:30:00Z'), undefined)).toBe('2024-02-01');
    expect(buildDay(new Date('2024-01-31T15:59:00Z'), undefined)).toBe('2024-01-31');
    expect(buildDay(new Date('2024-01-31T15:59:00Z'), '2023-12-01')).toBe('2023-12-01');
    expect(buildDay(new Date('2024-01-31T15:59:00Z'), 'tomorrow')).toBe('2024-01-31');
  });
});
