import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { disclosureSummary, parseReport } from '@/lib/report';

const DIR = path.join(import.meta.dirname, '../../fixtures/disclosure');
const read = (name: string) => readFileSync(path.join(DIR, name), 'utf8');

describe('the key rows of a 年报', () => {
  it('reads applications, the share disclosed, reconsiderations and lawsuits from the tables', () => {
    // Read by hand from tests/fixtures/disclosure/shili-2023.md: 表三 总计 column, 表四's one row.
    expect(disclosureSummary(parseReport(read('shili-2023.md')))).toEqual({
      received: 50,
      handled: 51,
      disclosed: 26,
      disclosedShare: 51, // 26 / 51
      reviews: 4,
      reviewsCorrected: 1,
      lawsuits: 3, // 2 direct + 1 after review
      lawsuitsCorrected: 0,
      correctedRate: 14.3, // 1 / 7
    });
  });

  it('gives no share or rate where there is nothing to divide by', () => {
    const none = read('shili-2023.md').replace(/^\|  \| 2 \| 1 \| 0 \| 1 \| 4 \|.*$/m, `|${' 0 |'.repeat(15)}`.replace(/^\|/, '|  |'));
    const summary = disclosureSummary(parseReport(none));
    expect(summary?.reviews).toBe(0);
    expect(summary?.lawsuits).toBe(0);
    expect(summary?.correctedRate).toBeNull();
  });

  it('is null for a report of another kind', () => {
    expect(disclosureSummary(parseReport(readFileSync(path.join(process.cwd(), 'content/reports/wuzhou-2023.md'), 'utf8')))).toBeNull();
  });
});
