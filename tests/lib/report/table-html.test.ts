import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '@/lib/report';

const FIXTURE = path.join(import.meta.dirname, '../../fixtures/disclosure/shili-2023.md');
const report = parseReport(readFileSync(FIXTURE, 'utf8'), 'shili-2023.md');
const partThree = report.sections[2]?.lead.html ?? '';
const partFour = report.sections[3]?.lead.html ?? '';

/** The text of the element with this id in an HTML string (tags removed). */
function textOf(html: string, id: string): string {
  const m = new RegExp(`<(t[hd]|caption)[^>]* id="${id}"[^>]*>(.*?)</\\1>`).exec(html);
  return m?.[2]?.replace(/<[^>]+>/g, '') ?? '';
}

/** The header texts a screen reader announces with a value cell: its `headers` resolved. */
function headersOf(html: string, cellId: string): string[] {
  const cell = new RegExp(`<td id="${cellId}" headers="([^"]*)"`).exec(html);
  return (cell?.[1] ?? '').split(' ').map((id) => textOf(html, id));
}

describe('table HTML', () => {
  it('ties every number in part 三 to its row levels and column levels', () => {
    // Row 5 is 1.属于国家秘密; column 2 is 商业企业.
    expect(headersOf(partThree, 'table-5-r5-c2')).toEqual(['申请人情况', '法人或其他组织', '商业企业', '三、本年度办理结果', '（三）不予公开', '1.属于国家秘密']);
    expect(headersOf(partThree, 'table-5-r24-c1')).toEqual(['申请人情况', '自然人', '三、本年度办理结果', '（七）总计']);
  });

  it('merges shared header levels with colspan and fills short paths down with rowspan', () => {
    expect(partThree).toContain('<th id="table-5-col-1-1" scope="colgroup" colspan="7">申请人情况</th>');
    expect(partThree).toContain('<th id="table-5-col-1-2" scope="col" rowspan="2">自然人</th>');
    expect(partThree).toContain('<th id="table-5-col-2-2" scope="colgroup" colspan="5">法人或其他组织</th>');
    expect(partThree).toContain('<th id="table-5-col-7-2" scope="col" rowspan="2">总计</th>');
  });

  it('merges the label column’s levels with rowspan and spans short labels across it', () => {
    expect(partThree).toContain('<th id="table-5-row-3-1" scope="row" rowspan="22">三、本年度办理结果</th>');
    expect(partThree).toContain('<th id="table-5-row-5-2" scope="row" rowspan="8">（三）不予公开</th>');
    expect(partThree).toContain('<th id="table-5-row-1-1" scope="row" colspan="3">一、本年新收政府信息公开申请数量</th>');
    expect(partThree).toContain('<th colspan="3" rowspan="3" scope="col" class="label-head">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>');
  });

  it('gives every value its own id and marks numbers for right alignment', () => {
    expect(partThree).toContain('<td id="table-5-r1-c7" headers="table-5-col-1-1 table-5-col-7-2 table-5-row-1-1" class="num">50</td>');
    expect(partThree.match(/<td id="table-5-r\d+-c\d+"/g)).toHaveLength(25 * 7);
  });

  it('shows a not-applicable cell as written and announces it as 不适用', () => {
    const partTwo = report.sections[1]?.lead.html ?? '';
    expect(partTwo).toContain('<td id="table-1-r1-c1" headers="table-1-col-1-1 table-1-row-1-1" class="na"><span aria-hidden="true">/</span><span class="visually-hidden">不适用</span></td>');
  });

  it('shows numbers normalised: 1,260 as 1260', () => {
    expect(report.sections[1]?.lead.html).toContain('class="num">1260</td>');
  });

  it('wraps each table in a focusable region labelled by its caption', () => {
    expect(partThree).toMatch(/^<div class="table-region" role="region" tabindex="0" aria-labelledby="table-5-caption"><table id="table-5" class="data-table"><caption id="table-5-caption" class="visually-hidden">收到和处理政府信息公开申请情况<\/caption><thead>/);
  });

  it('leaves out the label column of a table without labels (表四)', () => {
    expect(partFour).not.toContain('table-6-row-');
    expect(headersOf(partFour, 'table-6-r1-c10')).toEqual(['行政诉讼', '未经复议直接起诉', '总计']);
  });

  it('lets no attribute from the content through: cell text stays text', () => {
    const hostile = readFileSync(FIXTURE, 'utf8').replace('| 规章 | / | / | / |', '| <td onclick="x()">规章 | <img src=x onerror=alert(1)> | [链接](javascript:alert(1)) | / |');
    const html = parseReport(hostile, 'x.md').sections[1]?.lead.html ?? '';
    expect(html).not.toMatch(/onclick|onerror|javascript:|<img/);
  });
});
