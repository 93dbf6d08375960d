import type { DisclosureFormat } from '../report/disclosure-format';
import { FORMAT_2019, FORMAT_2021 } from '../report/disclosure-format';
import type { ReportKind } from '../report/meta-schema';
import { toChineseNumeral } from '../report/numerals';
import { DEFAULT_COLUMNS, DISCLOSURE_COLUMNS, writeFrontMatter } from './front-matter-writer';
import { writeMarkdownTable } from './tables';

/** How the body is written, as a comment the page never shows. */
const BODY_GUIDE = `<!--
正文写在这段说明之后（这段说明网页不会显示，写好正文后可以删去，连同首尾两行）。

第一段起是引言：概述一年来的总体情况。

## 一、第一部分的标题。

这一部分的导语（可以没有）。

一是第一个小点的标题。小点的正文……

二是第二个小点的标题。小点的正文……
（小点也可以写成单独一行的“（一）标题”，或“（一）标题。正文……”。）

## 二、第二部分的标题。

……

***

单独一行的 *** 之后是结尾部分：存在的不足和原因、下一年度的工作安排。
“党政主要负责人履行推进法治建设第一责任人职责情况”可以单独成一部分，也可以写在其他部分中。

表格可以放在任何位置：表格前一行的短文字是表题；第一列是行标题；多级表头、多级行标题用“ / ”连接；
空格、/、— 表示不适用，没有发生的事项填“0”。例如：

表1 行政复议案件情况

| 项目 | 案件数 / 本年 | 案件数 / 上年 |
| --- | --- | --- |
| 收到申请 | 389 | 377 |

## 附：名词解释

1.名词：解释。
-->
`;

/** What each prose part of a 年报 holds, as a comment the page never shows. */
const DISCLOSURE_PROSE: Record<number, string> = {
  1: '写明本年度主动公开、依申请公开、政府信息管理、平台建设、监督保障等情况，例如：\n（一）主动公开。……\n（二）依申请公开。……',
  5: '写明存在的主要问题，以及上一年度问题的改进情况和下一步的改进措施。',
  6: '写明依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费的情况；\n人大代表建议和政协提案办理结果公开情况；其他需要报告的事项。没有的写“无”。',
};

const DISCLOSURE_GUIDE = `<!--
政府信息公开工作年度报告：按全国统一格式分六部分，表格已按格式列好，请在空格中填写数字。
- 本年度没有发生的事项填“0”；不适用的（如没有规章制定权的机关的“规章”行）填“/”。
- 表格的写法：每行以“|”开头和结尾，格与格之间用“|”分隔；多级表头和多级行标题用“ / ”（空格、斜杠、空格）连接。
- 检查（npm run report -- check 文件名）会核对表格是否齐全，以及表三、表四的勾稽关系。
这段说明网页不会显示，写好后可以删去，连同首尾两行。
-->`;

/** The body of a 年报 in the national format: six parts, every table with empty cells. */
function disclosureBody(format: DisclosureFormat): string {
  const parts = format.parts.map((title, i) => {
    const part = i + 1;
    const heading = `## ${toChineseNumeral(part)}、${title}`;
    const tables = format.tables.filter((t) => t.part === part).map((t) => writeMarkdownTable({
      caption: t.caption,
      labelHeader: t.labelHeader,
      columns: t.columns.map((c) => c.path),
      rows: t.rows.map((r) => ({ label: r.path, cells: t.columns.map(() => '') })),
    }));
    const prose = DISCLOSURE_PROSE[part];
    return [heading, ...(prose ? [`<!--\n${prose}\n-->`] : []), ...tables].join('\n\n');
  });
  return `${DISCLOSURE_GUIDE}\n\n${parts.join('\n\n')}\n`;
}

/**
 * An empty report file for `year`: every front-matter field with a Chinese comment (year,
 * default columns and the slug filled in), and a body that is only a comment explaining how
 * to write it. For a 政府信息公开工作年度报告 the body is the national format instead: its six
 * part headings (what each holds in a comment) and every table with empty cells, in the
 * format in force for the year. The check fails on it until the report is written.
 */
export function scaffoldReport(year: number, slug: string, kind: ReportKind = '法治政府建设年度报告'): string {
  const disclosure = kind === '政府信息公开工作年度报告';
  const values = { title: '', year, issuer: '', source: '', published: '', columns: disclosure ? DISCLOSURE_COLUMNS : DEFAULT_COLUMNS, slug, ...(disclosure ? { kind } : {}) };
  const front = writeFrontMatter(values, `${year}年度${disclosure ? '政府信息公开工作' : ''}报告。各字段的含义见 docs/publishing-guide.md`);
  return `${front}\n\n${disclosure ? disclosureBody(year >= 2021 ? FORMAT_2021 : FORMAT_2019) : BODY_GUIDE}`;
}
