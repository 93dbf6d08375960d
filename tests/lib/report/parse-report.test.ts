import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '@/lib/report';
import type { Report } from '@/lib/report';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/reports');

/** The structure a reader meets, as the hand-written expected.json files describe it. */
function outline(report: Report) {
  return {
    intro: report.intro.text,
    sections: report.sections.map((s) => ({
      number: s.number,
      ordinal: s.ordinal,
      title: s.title,
      lead: s.lead.text,
      points: s.points.map((p) => ({ number: p.number, title: p.title, body: p.body })),
    })),
    closing: report.closing?.text ?? null,
    ...(report.appendices.length > 0
      ? { appendices: report.appendices.map((a) => ({ title: a.title, text: a.text })) }
      : {}),
  };
}

describe('parseReport on fixture reports', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(`reads the structure of ${name} as written by hand`, () => {
      const input = readFileSync(path.join(FIXTURES, name, 'input.md'), 'utf8');
      const expected: unknown = JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8'));
      expect(outline(parseReport(input, `${name}/input.md`))).toEqual(expected);
    });
  }
});
