import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport } from '@/lib/import';
import type { Report } from '@/lib/report';
import { parseReport, toOpenData } from '@/lib/report';
import { SEED_PAGE } from '../../fixtures-path';

const ROOT = process.cwd();
const page = readFileSync(SEED_PAGE, 'utf8');
const handMade = parseReport(readFileSync(path.join(ROOT, 'content/reports/wuzhou-2023.md'), 'utf8'));
/** The hand-made file without the key figures staff named (their names would be on its metrics). */
const handMadeText = parseReport(readFileSync(path.join(ROOT, 'content/reports/wuzhou-2023.md'), 'utf8').replace(/^figures:\n(?: {2}.*\n)*/m, ''));
const imported = importReport(page, { slug: 'wuzhou-2023' });

/** The open data of a report without the front matter that only staff can choose (figures, closing title). */
function content(report: Report) {
  const { meta: _meta, closing, ...rest } = toOpenData(report);
  return { ...rest, closing: closing && { text: closing.text, html: closing.html } };
}

describe('importing the seed report page', () => {
  it('produces a file that validates fully, without draft mode', () => {
    expect(() => parseReport(imported.markdown, 'content/reports/wuzhou-2023.md')).not.toThrow();
  });

  it('parses to the same sections, points, metrics and text as the hand-made content file', () => {
    expect(content(parseReport(imported.markdown))).toEqual(content(handMadeText));
  });

  it('reads title, year, 来源, time and columns from the page lines around the text', () => {
    const { meta } = parseReport(imported.markdown);
    const { title, year, issuer, source, published, columns, slug } = handMade.meta;
    expect(meta).toMatchObject({ title, year, issuer, source, published, columns, slug });
  });

  it('removes the page chrome before and after the text and reports each line', () => {
    expect(imported.removed.map((b) => b.text)).toEqual([
      '支持IPv6', '无障碍', '当前位置:首页 > 法治政府建设 > 年度报告', '梧州市2023年度法治政府建设工作报告',
      '2024-01-21 08:55     来源:梧州市人民政府办公室', '分享 微信', '头条', '微博 空间 qq', '【字体: 打印',
      '文件下载:', '关联文件:',
    ]);
  });

  it('puts the closing paragraph after a *** line', () => {
    expect(imported.markdown).toContain('***\n\n2023年,梧州市法治政府建设虽然取得一定成效');
    expect(parseReport(imported.markdown).closing?.text).toMatch(/^2023年,梧州市法治政府建设虽然/);
  });

  it('asks staff to confirm the issuing body it inferred from the title and leaves nothing empty', () => {
    expect(imported.review).toEqual([{ field: 'issuer', message: '按标题推测为“梧州市人民政府”，请核对' }]);
    expect(imported.missing).toEqual([]);
  });
});
