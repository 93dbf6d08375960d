import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

/** A paragraph of the test document: plain text, or a heading, or text with a bold run-in title. */
type Line = string | { heading: string } | { bold: string; rest: string };

/** The report written into the generated Word document, as Word would hold it. */
export const DOCX_LINES: readonly Line[] = [
  { heading: '示例市2024年度法治政府建设工作报告' },
  '\u3000\u30002024年，示例市坚持依法行政，法治政府建设取得新进展。',
  { heading: '一、加强组织领导' },
  { bold: '\u3000\u3000一是夯实思想基础。', rest: '组织专题学习12次。' },
  { bold: '\u3000\u3000二是健全推进机制。', rest: '市政府主要负责人履行第一责任人职责。' },
  { heading: '二、推进严格执法' },
  '（一）加强执法监督',
  '评查行政执法案卷135宗，案卷评查合格率93.3%。',
  '2024年，示例市法治政府建设虽然取得一定成效，但仍存在一些不足。下一步，将持续推进。',
  '特此报告。',
  '示例市人民政府',
  '2025年1月20日',
];

function paragraph(line: Line): Paragraph {
  if (typeof line === 'string') return new Paragraph({ children: [new TextRun(line)] });
  if ('heading' in line) return new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(line.heading)] });
  return new Paragraph({ children: [new TextRun({ text: line.bold, bold: true }), new TextRun(line.rest)] });
}

/** Builds the test report as a .docx file, the way staff receive it. */
export async function buildReportDocx(): Promise<Buffer> {
  const document = new Document({ sections: [{ children: DOCX_LINES.map(paragraph) }] });
  return Packer.toBuffer(document);
}
