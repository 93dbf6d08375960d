import { describe, expect, it } from 'vitest';
import { scaffoldReport } from '@/lib/import';
import { formatProblem, readReport } from '@/lib/report';

const FILE = 'content/reports/shili-2024.md';

describe('scaffoldReport', () => {
  it('fills in the year, the default columns and the slug', () => {
    expect(readReport(scaffoldReport(2024, 'shili-2024'), FILE, { draft: true }).report?.meta).toMatchObject({
      year: 2024, columns: ['法治政府建设', '年度报告'], slug: 'shili-2024', title: '',
    });
  });

  it('leaves title, issuer, source and published for staff, which the check names', () => {
    const { problems } = readReport(scaffoldReport(2024, 'shili-2024'), FILE);
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}:4:1: title: 不能为空`,
      `${FILE}:8:1: issuer: 不能为空`,
      `${FILE}:10:1: source: 不能为空`,
      `${FILE}:12:1: published: 日期格式应为 YYYY-MM-DD HH:mm（例如 2024-01-21 08:55），按北京时间填写`,
      `${FILE}:46:1: 正文: 没有找到编号部分：正文应按“一、”“二、”……分部分，每部分标题单独一行，写成 ## 一、标题`,
    ]);
  });

  it('explains every field, the optional ones included, in Chinese comments', () => {
    const text = scaffoldReport(2024, 'shili-2024');
    for (const field of ['title', 'year', 'issuer', 'source', 'published', 'columns', 'slug', 'description', 'closingTitle', 'attachments', 'related', 'figures', 'kind', 'corrections']) {
      expect(text, field).toMatch(new RegExp(`# [^\\n]*[\\u4e00-\\u9fff][^\\n]*\\n(# )?${field}:`));
    }
  });

  it('shows nothing of its writing guide on the page', () => {
    const { report } = readReport(scaffoldReport(2024, 'shili-2024'), FILE, { draft: true });
    expect(report?.intro).toEqual({ text: '', html: '' });
  });
});
