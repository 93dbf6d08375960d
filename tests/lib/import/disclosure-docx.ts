import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';

/** The numbers of 表三 in the fixture report, row by row (自然人 … 其他, 总计). */
export type PartThreeValues = readonly (readonly string[])[];

const cell = (text: string, span: { columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ children: text.split('\n').map((line) => new Paragraph(line)), ...span });

const OUTCOMES: readonly [string, readonly string[]][] = [
  ['（三）不予公开', ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项']],
  ['（四）无法提供', ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']],
  ['（五）不予处理', ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息']],
  ['（六）其他处理', ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他']],
];

/**
 * 表三 as the official Word template lays it out: the corner cell over three label columns and
 * three header rows, 申请人情况 and 法人或其他组织 merged across, 自然人 and 总计 down; in the
 * label column 三、本年度办理结果 merged down over 22 rows, （三）… over their items.
 * `values` gives the 25 rows of 7 numbers as they should be typed in.
 */
export function partThreeTable(values: PartThreeValues): Table {
  const numbers = (r: number) => (values[r] ?? []).map((v) => cell(v));
  const rows: TableRow[] = [
    new TableRow({ children: [cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { columnSpan: 3, rowSpan: 3 }), cell('申请人情况', { columnSpan: 7 })] }),
    new TableRow({ children: [cell('自然人', { rowSpan: 2 }), cell('法人或其他组织', { columnSpan: 5 }), cell('总计', { rowSpan: 2 })] }),
    new TableRow({ children: ['商业\n企业', '科研\n机构', '社会公益组织', '法律服务机构', '其他'].map((t) => cell(t)) }),
    new TableRow({ children: [cell('一、本年新收政府信息公开申请数量', { columnSpan: 3 }), ...numbers(0)] }),
    new TableRow({ children: [cell('二、上年结转政府信息公开申请数量', { columnSpan: 3 }), ...numbers(1)] }),
    new TableRow({ children: [cell('三、本年度办理结果', { rowSpan: 22 }), cell('（一）予以公开', { columnSpan: 2 }), ...numbers(2)] }),
    new TableRow({ children: [cell('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', { columnSpan: 2 }), ...numbers(3)] }),
  ];
  let r = 4;
  for (const [group, items] of OUTCOMES) {
    items.forEach((item, i) => {
      rows.push(new TableRow({ children: [...(i === 0 ? [cell(group, { rowSpan: items.length })] : []), cell(item), ...numbers(r)] }));
      r += 1;
    });
  }
  rows.push(new TableRow({ children: [cell('（七）总计', { columnSpan: 2 }), ...numbers(r)] }));
  rows.push(new TableRow({ children: [cell('四、结转下年度继续办理', { columnSpan: 3 }), ...numbers(r + 1)] }));
  return new Table({ rows });
}

/** 表四: three header rows and one row of 15 numbers, no label column. */
export function partFourTable(values: readonly string[]): Table {
  const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return new Table({
    rows: [
      new TableRow({ children: [cell('行政复议', { columnSpan: 5 }), cell('行政诉讼', { columnSpan: 10 })] }),
      new TableRow({ children: [...outcomes.map((o) => cell(o, { rowSpan: 2 })), cell('未经复议直接起诉', { columnSpan: 5 }), cell('复议后起诉', { columnSpan: 5 })] }),
      new TableRow({ children: [...outcomes, ...outcomes].map((o) => cell(o)) }),
      new TableRow({ children: values.map((v) => cell(v)) }),
    ],
  });
}

/** A Word document holding 表三 and 表四 under their part headings. */
export async function disclosureDocx(partThree: PartThreeValues, partFour: readonly string[]): Promise<Buffer> {
  const document = new Document({ sections: [{ children: [
    new Paragraph('三、收到和处理政府信息公开申请情况'),
    partThreeTable(partThree),
    new Paragraph('四、政府信息公开行政复议、行政诉讼情况'),
    partFourTable(partFour),
  ] }] });
  return Packer.toBuffer(document);
}
