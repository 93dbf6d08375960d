import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '@/lib/import';
import { importReport } from '@/lib/import';
import { readReport } from '@/lib/report';
import { DOCX_CASES } from '../../fixtures/docx/documents';
import { bodyOf, importDocx } from './fixtures';

const TWINS = path.join(import.meta.dirname, '../../fixtures/docx');

/** Everything an import tells staff, except the removed lines (a Word footer is not in its twin). */
const outcome = ({ removed: _removed, ...rest }: ImportResult) => rest;

describe('a Word document imports to the same structure as its plain-text twin', () => {
  for (const [name, build] of Object.entries(DOCX_CASES)) {
    it(`${name}.docx imports as ${name}.txt does`, async () => {
      const twin = importReport(readFileSync(path.join(TWINS, `${name}.txt`), 'utf8'));
      expect(outcome(await importDocx(await build()))).toEqual(outcome(twin));
    });
  }

  it('finds the numbered sections of automatic numbering, which plain-text extraction loses', async () => {
    const { report } = readReport((await importDocx(await DOCX_CASES['auto-numbering']!())).markdown, 'r.md', { draft: true });
    expect(report?.sections.map((s) => `${s.ordinal}、${s.title}`)).toEqual(['一、强化立法先行,深耕法规制度供给“试验田”', '二、强化监管力度,守住公正文明执法“生命线”']);
    expect(report?.sections[0]?.points.map((p) => p.marker + p.title)).toEqual(['（一）完善行政立法机制', '（二）推进重点领域立法']);
    expect(report?.metrics.every((m) => m.section !== null)).toBe(true);
  });

  it('reads a centred two-line title and keeps the 主送 line out of the title and the headings', async () => {
    const result = await importDocx(await DOCX_CASES['two-line-title']!());
    expect(result.values.title).toBe('梧州市人民政府关于梧州市2023年度法治政府建设工作情况的报告');
    const { report } = readReport(result.markdown, 'r.md', { draft: true });
    expect(report?.intro.text.split('\n\n')[0]).toBe('自治区人民政府：');
    expect(report?.sections.map((s) => s.part)).toEqual([null, null]);
  });

  it('reports the footer lines as removed, not as report text', async () => {
    const result = await importDocx(await DOCX_CASES.footer!());
    expect(result.removed.map((b) => b.text)).toEqual(['梧州市人民政府办公室印发']);
    expect(bodyOf(result.markdown)).not.toContain('印发');
  });
});

describe('what only Word’s formatting tells', () => {
  it('makes bold short lines under a section its sub-points', async () => {
    const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
    const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [
      plain('2023年，示例市坚持依法行政。'), plain('一、强化监管力度'), bold('加强重点领域监督'), plain('评查行政执法案卷135宗。'),
      bold('推行包容审慎监管'), plain('适用减免罚案件111件。'),
    ] }] }));
    const { report } = readReport((await importDocx(bytes)).markdown, 'r.md', { draft: true });
    expect(report?.sections[0]?.points.map((p) => [p.title, p.body])).toEqual([['加强重点领域监督', '评查行政执法案卷135宗。'], ['推行包容审慎监管', '适用减免罚案件111件。']]);
  });

  it('keeps a Word table in its place, nothing of it lost', async () => {
    const cell = (text: string, columnSpan = 1) => new TableCell({ columnSpan, children: [new Paragraph(text)] });
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('示例市2023年度法治政府建设工作报告')] }),
      new Paragraph('一、推进政务公开'),
      new Paragraph('主动公开政府信息情况如下：'),
      new Table({ rows: [new TableRow({ children: [cell('第二十条第（一）项', 2)] }), new TableRow({ children: [cell('规章'), cell('3')] })] }),
      new Paragraph('依申请公开办理及时。'),
    ] }] }));
    const body = bodyOf((await importDocx(bytes)).markdown);
    const order = ['## 一、推进政务公开', '主动公开政府信息情况如下：', '第二十条第（一）项', '规章', '3', '依申请公开办理及时。'].map((t) => body.indexOf(t));
    expect(order.every((at, k) => at >= 0 && (k === 0 || at > (order[k - 1] ?? 0)))).toBe(true);
  });
});
