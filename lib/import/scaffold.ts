import { DEFAULT_COLUMNS, writeFrontMatter } from './front-matter-writer';

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

## 附：名词解释

1.名词：解释。
-->
`;

/**
 * An empty report file for `year`: every front-matter field with a Chinese comment (year,
 * default columns and the slug filled in), and a body that is only a comment explaining how
 * to write it. The check fails on it until the report is written.
 */
export function scaffoldReport(year: number, slug: string): string {
  const values = { title: '', year, issuer: '', source: '', published: '', columns: DEFAULT_COLUMNS, slug };
  return `${writeFrontMatter(values, `${year}年度报告。各字段的含义见 docs/publishing-guide.md`)}\n\n${BODY_GUIDE}`;
}
