import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '@/lib/import';
import { importReport } from '@/lib/import';
import type { Report } from '@/lib/report';
import { readReport } from '@/lib/report';
import { extractMetrics } from '@/lib/report/metrics';
import { DOCX_CASES } from '../../fixtures/docx/documents';
import { CORPUS } from '../../fixtures-path';
import { bodyOf, importDocx, importFixtures } from './fixtures';

const TWINS = path.join(import.meta.dirname, '../../fixtures/docx');

/** A document imported, and its lines as a reader of the original sees them (page chrome, page numbers, headers and footers aside). */
interface Imported {
  name: string;
  lines: string[];
  result: ImportResult;
}

/** A text document imported; the lines the importer removed as not report text are reported there, not lost. */
function fromText(name: string, text: string): Imported {
  const result = importReport(text);
  const removed = new Set(result.removed.map((b) => b.line));
  return { name, result, lines: text.replace(/\r\n?/g, '\n').split('\n').filter((_, i) => !removed.has(i + 1)) };
}

/** The documents to import: every text fixture, every Word fixture (its text as Word shows it: its twin), the real reports without their 2 header lines. */
async function documents(): Promise<Imported[]> {
  const corpus = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) =>
    fromText(`corpus/${f}`, readFileSync(path.join(CORPUS, f), 'utf8').split('\n').slice(2).join('\n')));
  const word = await Promise.all(Object.entries(DOCX_CASES).map(async ([name, build]) => ({
    name: `fixture ${name}.docx`,
    result: await importDocx(await build()),
    lines: readFileSync(path.join(TWINS, `${name}.txt`), 'utf8').split('\n'),
  })));
  return [...importFixtures().map((f) => fromText(`fixture ${f.name}`, f.input)), ...word, ...corpus];
}

/** Text with every kind of space removed and full-width digits made ASCII, for comparison. */
function normalise(text: string): string {
  return text.replace(/[\s\u00a0\u3000\ufeff]/g, '').replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Every sentence: each run of a line up to and including 。！？!?, and the rest of the line. */
function sentences(lines: readonly string[]): string[] {
  return lines.flatMap((line) => normalise(line).match(/[^。！？!?]+[。！？!?]*/g) ?? []);
}

/** The digit runs of a text, counted. */
function numbers(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of normalise(text).match(/\d+/g) ?? []) counts.set(run, (counts.get(run) ?? 0) + 1);
  return counts;
}

/** Digit runs of `input` that `output` has fewer of. */
function missingNumbers(input: string, output: string): string[] {
  const have = numbers(output);
  return [...numbers(input)].filter(([run, n]) => (have.get(run) ?? 0) < n).map(([run]) => run);
}

/** What a reader of the parsed report sees, as one text. */
function readerText(report: Report): string {
  return [
    report.meta.title,
    report.intro.text,
    ...report.sections.flatMap((s) => [s.part ?? '', s.partIntro?.text ?? '', `${s.ordinal}、${s.title}`, s.lead.text,
      ...s.points.flatMap((p) => [`${p.marker}${p.title}`, p.body])]),
    report.closing?.text ?? '',
    ...report.appendices.flatMap((a) => [a.title, a.text]),
  ].join('\n');
}

/** The imported file as text: its title and body, Markdown escapes removed (comments hold example numbers). */
function outputText(markdown: string, title: string): string {
  return `${title}\n${bodyOf(markdown).replace(/\\([!-/:-@[-`{-~])/g, '$1')}`;
}

describe('importing never loses a sentence or a number', async () => {
  for (const doc of await documents()) {
    const imported = () => ({ ...doc, output: outputText(doc.result.markdown, doc.result.values.title) });

    it(`keeps every sentence of ${doc.name} in the imported file`, () => {
      const { lines, output } = imported();
      const flat = normalise(output);
      expect(sentences(lines).filter((s) => !flat.includes(s))).toEqual([]);
    });

    it(`keeps every number of ${doc.name} in the imported file`, () => {
      const { lines, output } = imported();
      expect(missingNumbers(lines.join('\n'), output)).toEqual([]);
    });

    it(`keeps every number of ${doc.name} in the report the file parses to`, () => {
      const { result, lines } = imported();
      const { report } = readReport(result.markdown, `${doc.name}.md`, { draft: true });
      expect(report).not.toBeNull();
      expect(missingNumbers(lines.join('\n'), report ? readerText(report) : '')).toEqual([]);
    });

    it(`finds as many quantities in the report ${doc.name} imports to as in its paragraphs`, () => {
      const { result, lines } = imported();
      const { report } = readReport(result.markdown, `${doc.name}.md`, { draft: true });
      const inInput = lines.reduce((n, line) => n + extractMetrics(line.trim()).length, 0);
      expect(report?.metrics.length).toBe(inInput);
    });
  }
});
