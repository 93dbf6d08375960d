import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { readDocxParts } from '../../lib/cli/docx-package';
import { importBlocks } from '../../lib/import';
import { readWordDocument } from '../../lib/import/word-document';
import { readReport } from '../../lib/report';
import type { ReportTable } from '../../lib/report';
import { partFourTable, partThreeTable } from '../lib/import/disclosure-docx';
import { median } from './stats';

/** A complete 年报 in the 2021 format (test fixture: invented body, every table filled). */
const FIXTURE = path.join(process.cwd(), 'tests/fixtures/disclosure/shili-2023.md');

/** A part 二 table as a plain Word table (no merged cells). */
function plainTable(table: ReportTable): Table {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  return new Table({ rows: [
    new TableRow({ children: [cell('信息内容'), ...table.columns.map((c) => cell(c.join('')))] }),
    ...table.rows.map((r) => new TableRow({ children: [cell(r.label.join('')), ...r.values.map((v) => cell(v === null ? '/' : String(v)))] })),
  ] });
}

/** The fixture 年报 as Word holds it: its prose as paragraphs, its tables as Word tables with merged cells. */
async function fixtureDocx(source: string): Promise<Buffer> {
  const report = readReport(source, 'shili-2023.md').report;
  if (!report) throw new Error('the fixture 年报 did not parse');
  const body = source.slice(source.indexOf('\n---\n', 4) + 5).split('\n').filter((l) => l.trim() !== '' && !l.startsWith('|'));
  const children: (Paragraph | Table)[] = [];
  let partTwo = 0;
  for (const line of body) {
    children.push(new Paragraph(line.replace(/^## /, '')));
    if (line.startsWith('第二十条')) children.push(plainTable(report.tables[partTwo++]!));
    if (line.startsWith('## 三、')) children.push(partThreeTable(report.tables[4]!.rows.map((r) => r.values.map(String))));
    if (line.startsWith('## 四、')) children.push(partFourTable(report.tables[5]!.rows[0]!.values.map(String)));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/**
 * Median parse (validate + model + HTML) time of a full 年报, and the import time of its .docx:
 * the Word reader (paragraphs and table grids) and the import to Markdown, tables included.
 */
export async function benchDisclosure() {
  const source = readFileSync(FIXTURE, 'utf8');
  for (let i = 0; i < 20; i++) readReport(source, 'shili-2023.md');
  const parse: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    readReport(source, 'shili-2023.md');
    parse.push(performance.now() - start);
  }
  const docx = await fixtureDocx(source);
  const importDocx = async () => importBlocks(readWordDocument(await readDocxParts(docx)).blocks);
  for (let i = 0; i < 3; i++) await importDocx();
  const imports: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    await importDocx();
    imports.push(performance.now() - start);
  }
  const parseMs = median(parse);
  const importMs = median(imports);
  console.log(`年报 parse, median of 200:             ${parseMs.toFixed(2)} ms  (target ≤ 10 ms)`);
  console.log(`年报 .docx import (text + 6 tables), median of 20: ${importMs.toFixed(1)} ms  (${(docx.length / 1024).toFixed(0)} KB)`);
  return {
    disclosureParseMedianMs: Number(parseMs.toFixed(3)),
    disclosureParseTargetMs: 10,
    disclosureDocxImportMedianMs: Number(importMs.toFixed(1)),
    disclosureDocxBytes: docx.length,
  };
}
