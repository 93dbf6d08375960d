import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport } from '@/lib/import';
import type { Report } from '@/lib/report';
import { readReport } from '@/lib/report';
import { extractMetrics } from '@/lib/report/metrics';
import { bodyOf, importFixtures } from './fixtures';

const CORPUS = path.join(process.cwd(), '../shared/corpus');

/** The documents to import: every fixture, and the real reports without their 2 header lines. */
function documents(): { name: string; text: string }[] {
  const corpus = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => ({
    name: `corpus/${f}`,
    text: readFileSync(path.join(CORPUS, f), 'utf8').split('\n').slice(2).join('\n'),
  }));
  return [...importFixtures().map((f) => ({ name: `fixture ${f.name}`, text: f.input })), ...corpus];
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

describe('importing never loses a sentence or a number', () => {
  for (const doc of documents()) {
    const imported = () => {
      const result = importReport(doc.text);
      const removed = new Set(result.removed.map((b) => b.line));
      // Page chrome the importer removed is reported in `removed`, not report text.
      const lines = doc.text.replace(/\r\n?/g, '\n').split('\n').filter((_, i) => !removed.has(i + 1));
      return { result, lines, output: outputText(result.markdown, result.values.title) };
    };

    it(`imports ${doc.name} without throwing`, () => {
      expect(imported).not.toThrow();
    });

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
