import { describe, expect, it } from 'vitest';
import type { Issuer } from '@/lib/content';
import { disclosureCsv } from '@/lib/site/disclosure-columns';
import { groupRuns, laterPages, listPagePath, orderIssuers, pageOf, PAGE_SIZE } from '@/lib/site/listings';
import { pageKindOf } from '@/lib/site/page-kinds';

describe('list pages', () => {
  it('cut a list into pages of a fixed size, the first at the list’s own path', () => {
    const items = Array.from({ length: 2 * PAGE_SIZE + 1 }, (_, i) => i);
    expect(pageOf(items, 1).items).toHaveLength(PAGE_SIZE);
    expect(pageOf(items, 3)).toEqual({ items: [2 * PAGE_SIZE], page: 3, pages: 3 });
    expect(laterPages(items.length)).toEqual([2, 3]);
    expect(laterPages(0)).toEqual([]);
    expect(pageOf([], 1)).toEqual({ items: [], page: 1, pages: 1 });
    expect(listPagePath('/kinds/xxgk', 1)).toBe('/kinds/xxgk');
    expect(listPagePath('/kinds/xxgk', 2)).toBe('/kinds/xxgk/2');
  });

  it('group consecutive entries under one heading', () => {
    expect(groupRuns([2023, 2023, 2022, 2023], (y) => y)).toEqual([[2023, [2023, 2023]], [2022, [2022]], [2023, [2023]]]);
  });

  it('order issuers: governments, then districts and counties, then departments, each as listed', () => {
    const issuers: Issuer[] = [
      { name: '梧州市司法局', slug: 'sfj', type: '部门', parent: 'wz' },
      { name: '苍梧县人民政府', slug: 'cw', type: '区县', parent: 'wz' },
      { name: '梧州市财政局', slug: 'czj', type: '部门', parent: 'wz' },
      { name: '梧州市人民政府', slug: 'wz', type: '政府' },
    ];
    expect(orderIssuers(issuers).map((i) => i.slug)).toEqual(['wz', 'cw', 'sfj', 'czj']);
  });

  it('are column pages (栏目页) for the inspection’s identity tags', () => {
    for (const path of ['/issuers', '/issuers/wuzhou', '/issuers/wuzhou/2', '/kinds/xxgk', '/kinds/xxgk/3', '/years/2023', '/years/2023/2', '/compare/2023']) {
      expect(pageKindOf(path), path).toBe('column');
    }
    expect(pageKindOf('/compare/2023/departments.csv')).toBe('other');
  });
});

describe('the comparison CSV', () => {
  it('guards text a spreadsheet would run as a formula and keeps numbers as numbers', () => {
    const summary = { received: 50, handled: 51, disclosed: 26, disclosedShare: 51, reviews: 4, reviewsCorrected: 1, lawsuits: 3, lawsuitsCorrected: 0, correctedRate: null };
    const csv = disclosureCsv([{ year: 2023, label: '=HYPERLINK("x")', href: '/reports/a', summary }], 'https://www.example.gov.cn');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(`2023,"'=HYPERLINK(""x"")",50,51,26,51,4,1,3,0,,https://www.example.gov.cn/reports/a`);
  });
});
