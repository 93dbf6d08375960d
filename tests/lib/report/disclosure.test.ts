import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { disclosureFigures, formatProblem, matchDisclosure, parseReport, readReport, reportWarnings } from '@/lib/report';

const DIR = path.join(import.meta.dirname, '../../fixtures/disclosure');
const read = (name: string) => readFileSync(path.join(DIR, name), 'utf8');
const CONSISTENT = read('shili-2023.md');
const FILE = 'content/reports/shili-xxgk-2023.md';

/** Every problem and warning `check` prints for a source. */
function check(source: string): string[] {
  const { report, problems } = readReport(source, FILE);
  return [...problems, ...(report ? reportWarnings(report, source, FILE) : [])].map(formatProblem);
}

describe('the kind of a report', () => {
  it('defaults from the title', () => {
    expect(parseReport(CONSISTENT).meta.kind).toBe('政府信息公开工作年度报告');
    expect(parseReport(read('../tables/everywhere.md')).meta.kind).toBe('法治政府建设年度报告');
  });

  it('can be given in front matter, and is then checked against the list', () => {
    const other = CONSISTENT.replace('slug: shili-xxgk-2023', 'slug: shili-xxgk-2023\nkind: 年报');
    expect(readReport(other, FILE).problems.map(formatProblem)).toEqual([
      `${FILE}:12:1: kind: 应为以下之一：法治政府建设年度报告、政府信息公开工作年度报告、政府工作报告、其他`,
    ]);
  });

  it('makes a report with another title a 年报 when front matter says so', () => {
    const renamed = CONSISTENT.replace('title: 示例市人民政府2023年政府信息公开工作年度报告', 'title: 示例市人民政府2023年年度报告\nkind: 政府信息公开工作年度报告');
    expect(matchDisclosure(parseReport(renamed))?.format.id).toBe('2021');
  });
});

describe('the national format', () => {
  it('recognises the 2021 format with all six tables complete', () => {
    const match = matchDisclosure(parseReport(CONSISTENT));
    expect(match?.format.id).toBe('2021');
    expect(match?.missing).toEqual([]);
    expect(match?.tables.map((t) => `${t.format.key} ${t.rows.size}×${t.columns.size}`)).toEqual([
      'art20-1 2×3', 'art20-5 1×1', 'art20-6 2×1', 'art20-8 1×1', 'applications 25×7', 'appeals 1×15',
    ]);
  });

  it('matches a report once: its pages and next year\'s ask again and get the same match', () => {
    const report = parseReport(CONSISTENT);
    const first = matchDisclosure(report);
    expect(matchDisclosure(report)).toBe(first);
    // Another report with the same text is matched on its own, to the same result.
    const again = matchDisclosure(parseReport(CONSISTENT));
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('recognises the 2019 trial format by its labels', () => {
    const match = matchDisclosure(parseReport(read('shili-2020-trial.md')));
    expect(match?.format.id).toBe('2019');
    expect(match?.tables.map((t) => `${t.format.key} ${t.rows.size}×${t.columns.size}`)).toEqual([
      'art20-1 2×3', 'art20-5 2×3', 'art20-6 2×3', 'art20-8 1×2', 'art20-9 1×2', 'applications 23×7', 'appeals 1×15',
    ]);
  });

  it('reads labels written with ASCII brackets, spaces and without remarks', () => {
    const loose = CONSISTENT
      .replace('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '(二)部分公开')
      .replace('法人或其他组织 / 商业企业', '法人或其他组织 / 商业 企业')
      .replace('3.危及“三安全一稳定”', '3、危及"三安全一稳定"');
    expect(check(loose)).toEqual([]);
  });

  it('finds nothing to warn about in a complete, consistent 年报', () => {
    expect(check(CONSISTENT)).toEqual([]);
    expect(check(read('shili-2020-trial.md'))).toEqual([]);
  });

  it('is not applied to other kinds of report', () => {
    expect(matchDisclosure(parseReport(read('../tables/everywhere.md')))).toBeNull();
  });
});

describe('report check on a 年报', () => {
  it('refuses a 年报 missing a whole table, naming the part where it belongs', () => {
    const start = CONSISTENT.indexOf('| （本列数据');
    const end = CONSISTENT.indexOf('## 四、');
    const { report, problems } = readReport(`${CONSISTENT.slice(0, start)}本年度未收到申请。\n\n${CONSISTENT.slice(end)}`, FILE);
    expect(report).toBeNull();
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}:56:1: 表格: 缺少表三（收到和处理政府信息公开申请情况）：按2021年版全国统一格式，政府信息公开工作年度报告必须有这张表。请按发布指南补上（表格写法见指南“表格”一节），本年度没有发生的事项填 0`,
    ]);
  });

  it('warns about a missing row and a missing column', () => {
    const source = CONSISTENT
      .replace(/^\| 三、本年度办理结果 \/ （三）不予公开 \/ 7\.属于行政执法案卷 .*\n/m, '')
      .replace('| 行政规范性文件 | 3 | 1 | 41 |', '| 行政规范性文件 | 3 | 1 |')
      .replace('| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| --- | --- | --- | --- |\n| 规章 | / | / | / |', '| 信息内容 | 本年制发件数 | 本年废止件数 |\n| --- | --- | --- |\n| 规章 | / | / |');
    expect(check(source)).toEqual([
      `${FILE}:32:1: 表格: （警告）“第二十条第（一）项”表缺少“现行有效件数”列：请按全国统一格式补上这一列，没有的填 0`,
      `${FILE}:58:1: 表格: （警告）表三（收到和处理政府信息公开申请情况）缺少“三、本年度办理结果 / （三）不予公开 / 7.属于行政执法案卷”行：请按全国统一格式补上这一行，没有的填 0`,
    ]);
  });

  it('warns about a part the section titles do not show', () => {
    const source = CONSISTENT.replace('## 五、存在的主要问题及改进情况', '## 五、下一步工作');
    expect(check(source)).toEqual([
      `${FILE}:14:1: 表格: （警告）似乎缺少第五部分“存在的主要问题及改进情况”：按全国统一格式，政府信息公开工作年度报告由六部分组成，依次为一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。如已用其他标题写明，可忽略本提示`,
    ]);
  });

  it('warns about text where the format wants a number', () => {
    const source = CONSISTENT.replace('| 行政处罚 | 85 |', '| 行政处罚 | 约85 |');
    expect(check(source)).toEqual([
      `${FILE}:47:1: 表格: （警告）“第二十条第（六）项”表“行政处罚”行“本年处理决定数量”列填写的“约85”不是数字：请只填写数字，不适用的填 /`,
    ]);
  });

  it('warns about every broken 勾稽关系, naming file:line, table, row, column and both numbers', () => {
    expect(check(read('shili-2023-inconsistent.md'))).toEqual([
      `${FILE}:83:1: 表格: （警告）表三“（七）总计”行“自然人”列：各项之和为 41，填写为 42`,
      `${FILE}:83:1: 表格: （警告）表三“（七）总计”行“总计”列：各项之和为 52，填写为 51`,
      `${FILE}:84:1: 表格: （警告）表三“自然人”列：“一、本年新收政府信息公开申请数量”加“二、上年结转政府信息公开申请数量”为 43，“（七）总计”加“四、结转下年度继续办理”为 44，两者应相等`,
      `${FILE}:90:1: 表格: （警告）表四“行政复议 / 总计”列：各项之和为 4，填写为 5`,
    ]);
  });

  it('counts a not-applicable cell as 0 in the sums', () => {
    const source = CONSISTENT.replace('| 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 | / | / | / | / | / | / | / |');
    expect(check(source)).toEqual([]);
  });

  it('warns when a 年报 is published after 31 January', () => {
    const source = CONSISTENT.replace('published: 2024-01-26 10:00', 'published: 2024-02-01 09:00');
    expect(check(source)).toEqual([
      `${FILE}:7:1: published: （警告）发布时间 2024-02-01 09:00 已过 2024年1月31日：按《中华人民共和国政府信息公开条例》第四十九条，2023年度报告应在 2024年1月31日前公布。请核对 year 和 published；如确属逾期发布，可忽略本提示`,
    ]);
  });
});

describe('数说 of a 年报', () => {
  it('comes from its tables, each figure linking to its cell', () => {
    expect(disclosureFigures(parseReport(CONSISTENT)).map((f) => [f.label, f.metric.text, f.metric.id])).toEqual([
      ['本年新收政府信息公开申请', '50件', 'table-5-r1-c7'],
      ['予以公开占办理结果的比例（26件/51件）', '51%', 'table-5-r3-c7'],
      ['政府信息公开行政复议（其中结果纠正1件）', '4件', 'table-6-r1-c5'],
      ['政府信息公开行政诉讼（其中结果纠正0件）', '3件', 'table-6-col-6-1'],
    ]);
  });
});
