import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseReport, reportWarnings } from '@/lib/report';

const FILE = 'content/reports/shili-2023.md';

/** A complete report; `published` and the body's paragraphs can be changed. Body starts on line 11. */
function source({ published = '2024-01-21 08:55', body }: { published?: string; body?: string[] } = {}): string {
  const paragraphs = body ?? [
    '2023年，示例市坚持依法行政。',
    '## 一、加强组织领导',
    '市政府主要负责人切实履行推进法治建设第一责任人职责。',
    '***',
    '法治政府建设仍存在一些不足。下一步，示例市将持续推进。',
  ];
  return `---
title: 示例市2023年度法治政府建设工作报告
year: 2023
issuer: 示例市人民政府
source: 示例市人民政府办公室
published: ${published}
columns: [法治政府建设, 年度报告]
slug: shili-2023
---

${paragraphs.join('\n\n')}
`;
}

/** The warnings of a report source, formatted as the CLI prints them. */
function warnings(text: string): string[] {
  return reportWarnings(parseReport(text, FILE), text, FILE).map(formatProblem);
}

/** The standard body with one more paragraph in section 一 (on line 17). */
const withParagraph = (paragraph: string) => source({ body: [
  '2023年，示例市坚持依法行政。',
  '## 一、加强组织领导',
  '市政府主要负责人切实履行推进法治建设第一责任人职责。',
  paragraph,
  '***',
  '法治政府建设仍存在一些不足。下一步，示例市将持续推进。',
] });

describe('reportWarnings', () => {
  it('finds nothing to say about a complete report published in time', () => {
    expect(warnings(source())).toEqual([]);
  });

  it('finds nothing to say about the committed seed report', () => {
    const file = 'content/reports/wuzhou-2023.md';
    const text = readFileSync(path.join(process.cwd(), file), 'utf8');
    expect(reportWarnings(parseReport(text, file), text, file)).toEqual([]);
  });

  it('warns when the report is published on or after 1 April of the following year', () => {
    expect(warnings(source({ published: '2024-04-01 09:00' }))).toEqual([
      `${FILE}:6:1: published: （警告）发布时间 2024-04-01 09:00 已过 2024年4月1日：按《法治政府建设与责任落实督察工作规定》，2023年度报告应在 2024年4月1日前公开。请核对 year 和 published；如确属逾期发布，可忽略本提示`,
    ]);
  });

  it('says which required part seems missing: shortcomings', () => {
    const text = source().replace('法治政府建设仍存在一些不足。', '');
    expect(warnings(text)).toEqual([
      `${FILE}:11:1: 正文: （警告）似乎缺少“存在的不足和原因”（没有找到“不足、存在的问题、短板、差距”等说法）：法治政府建设年度报告应写明这部分内容；如已用其他说法写明，可忽略本提示`,
    ]);
  });

  it('says which required part seems missing: the principal leaders’ duty', () => {
    const text = source().replace('市政府主要负责人切实履行推进法治建设第一责任人职责。', '市政府高度重视法治建设。');
    expect(warnings(text)).toEqual([
      `${FILE}:11:1: 正文: （警告）似乎缺少“党政主要负责人履行推进法治建设第一责任人职责情况”（没有找到“主要负责人、主要负责同志、第一责任人”等说法）：法治政府建设年度报告应写明这部分内容；如已用其他说法写明，可忽略本提示`,
    ]);
  });

  it('says which required part seems missing: next year’s plans', () => {
    const text = source().replace('下一步，示例市将持续推进。', '');
    expect(warnings(text)).toEqual([
      `${FILE}:11:1: 正文: （警告）似乎缺少“下一年度推进法治政府建设的主要安排”（没有找到“下一步、明年、今后”等说法）：法治政府建设年度报告应写明这部分内容；如已用其他说法写明，可忽略本提示`,
    ]);
  });

  it('accepts plans announced for the next year by number (2024年将…)', () => {
    expect(warnings(source().replace('下一步，示例市将持续推进。', '2024年，示例市将持续推进。'))).toEqual([]);
  });

  it('warns about a rate over 100%', () => {
    expect(warnings(withParagraph('评查行政执法案卷135宗，案卷评查合格率130%。'))).toEqual([
      `${FILE}:17:21: 正文: （警告）“案卷评查合格率130%”超过了100%：比率、比例、占比不会超过100%，请核对这个数字`,
    ]);
  });

  it('accepts a growth over 100%', () => {
    expect(warnings(withParagraph('网上办件量同比增长120%。'))).toEqual([]);
  });

  it('warns about a number without a unit', () => {
    expect(warnings(withParagraph('开展执法检查，发现问题183，已全部整改。'))).toEqual([
      `${FILE}:17:12: 正文: （警告）“发现问题183”中的数字 183 后面没有单位：请补上单位（如“件”“个”“人次”），或核对是否漏了字`,
    ]);
  });

  it('accepts years, ordinals, list numbers and numbers in quotation marks without a unit', () => {
    expect(warnings(withParagraph('1.2023年，全面推行“3211”工作机制，平台使用率排名第3，〔2023〕15号文件。'))).toEqual([]);
  });

  it('warns about a quantity the text does not name, at its line and column', () => {
    expect(warnings(withParagraph('80%的法人事项和95%的个人事项实现全程网办。'))).toEqual([
      `${FILE}:17:1: 正文: （警告）无法从上下文确定数据“80%”指的是什么，它在数说和“数据和图表”页上将没有名称：请在头信息 figures 中为它写上名称（text: 80%，label: 名称，headline: false），或改写这句话，让数字紧跟在它所计量的事物后面`,
      `${FILE}:17:10: 正文: （警告）无法从上下文确定数据“95%”指的是什么，它在数说和“数据和图表”页上将没有名称：请在头信息 figures 中为它写上名称（text: 95%，label: 名称，headline: false），或改写这句话，让数字紧跟在它所计量的事物后面`,
    ]);
  });

  it('takes the name staff give a quantity in front matter, and no longer warns', () => {
    const text = withParagraph('80%的法人事项和95%的个人事项实现全程网办。').replace('slug: shili-2023', 'slug: shili-2023\nfigures:\n  - text: 80%\n    label: 法人事项全程网办比例\n    headline: false\n  - text: 95%\n    label: 个人事项全程网办比例\n    headline: false');
    expect(warnings(text)).toEqual([]);
    expect(parseReport(text, FILE).metrics.find((m) => m.text === '95%')?.label).toBe('个人事项全程网办比例');
  });

  it('warns when the parts after 其中 add up to more than the total', () => {
    expect(warnings(withParagraph('共办理行政复议申请389件，其中维持200件、撤销150件、驳回50件。'))).toEqual([
      `${FILE}:17:10: 正文: （警告）“共办理行政复议申请389件”小于其中各项之和（200件、150件、50件，合计400件）：请核对总数和各分项`,
    ]);
  });

  it('warns when two or more parts after 其中 add up to less than the total', () => {
    expect(warnings(withParagraph('共办理行政复议申请389件，其中维持200件、撤销150件。'))).toEqual([
      `${FILE}:17:10: 正文: （警告）“共办理行政复议申请389件”与其中各项之和（200件、150件，合计350件）不一致：请核对；如“其中”只列举了部分类别，可忽略本提示`,
    ]);
  });

  it('accepts parts in the next sentence that add up to the total', () => {
    expect(warnings(withParagraph('共办理行政复议申请389件。其中，维持200件，撤销189件。'))).toEqual([]);
  });

  it('accepts a single part smaller than the total', () => {
    expect(warnings(withParagraph('共受理案件3.2万件，其中行政案件1.5万件。'))).toEqual([]);
  });

  it('reports every finding as a warning, never as an error', () => {
    const text = withParagraph('发现问题183，案卷评查合格率130%。');
    expect(reportWarnings(parseReport(text, FILE), text, FILE).map((p) => p.severity)).toEqual(['warning', 'warning']);
  });
});
