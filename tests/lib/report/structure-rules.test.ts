import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '@/lib/report';
import { parseReport } from '@/lib/report';

/** Excerpts of real reports, each pinning down one structural rule: tests/fixtures/structure/<case>/{input.md, expected.json}. */
const FIXTURES = path.join(import.meta.dirname, '../../fixtures/structure');

/** Parts, sections, points and where each quantity is filed, as the hand-written expected.json files state them. */
function filing(report: Report, expected: Record<string, unknown>) {
  const last = report.sections.at(-1)?.points.at(-1);
  return {
    sections: report.sections.map((s) => ({
      part: s.part,
      partIntro: s.partIntro?.text ?? null,
      number: s.number,
      title: s.title,
      points: s.points.map((p) => ({ number: p.number, marker: p.marker, title: p.title })),
    })),
    ...('lastPointBody' in expected ? { lastPointBody: last?.body } : {}),
    metrics: report.metrics.map((m) => ({ text: m.text, section: m.section, point: m.point, target: m.target })),
  };
}

describe('structure of real report shapes', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(`files the text and quantities of ${name} as written by hand`, () => {
      const input = readFileSync(path.join(FIXTURES, name, 'input.md'), 'utf8');
      const expected = JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8')) as Record<string, unknown>;
      expect(filing(parseReport(input, `${name}/input.md`), expected)).toEqual(expected);
    });
  }

  it('gives every point of a section a distinct anchor when its lists are numbered separately', () => {
    const report = parseReport(readFileSync(path.join(FIXTURES, 'separate-lists/input.md'), 'utf8'));
    const ids = report.sections.flatMap((s) => s.points.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('renders a part’s own intro once, before the first section of the part', () => {
    const report = parseReport(readFileSync(path.join(FIXTURES, 'part-intro/input.md'), 'utf8'));
    const [first, second, third] = report.sections;
    expect(first?.partIntro?.html).toBe('<p>2022年是党和国家历史上具有里程碑意义的一年，是极不平凡、极其难忘的一年。</p>');
    expect(second?.lead.text).not.toContain('2023年是全面贯彻');
    expect(third?.partIntro?.html).toContain('<data value="7" id="part-2-intro-m1" class="metric">7%左右</data>');
  });

  it('says what to do about a part heading that no numbered section follows', () => {
    const source = '---\ntitle: 示例\nyear: 2023\nissuer: 示例市人民政府\nsource: 示例\npublished: 2024-01-20 09:00\ncolumns: [年度报告]\nslug: s-2023\n---\n\n## 一、甲\n\n正文。\n\n## 2024年工作打算\n\n持续推进。\n';
    expect(() => parseReport(source, 'r.md')).toThrow('r.md:15:1: 正文: 部分标题“2024年工作打算”之后没有“一、”编号部分：如果这是结尾部分，请把这一行换成单独一行的 ***；否则请在它下面加上“## 一、标题”');
  });
});
