import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '@/lib/report';
import { SEED_GOLD } from '../../fixtures-path';

interface Gold {
  metrics: { section: number; text: string; value: number; unit: string; kind: string; approximate?: boolean }[];
  notMetrics: string[];
}

const ROOT = process.cwd();
const gold = JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as Gold;
const source = readFileSync(path.join(ROOT, 'content/reports/wuzhou-2023.md'), 'utf8');
const report = parseReport(source);
/** The seed without the names staff gave its key figures: every label as read from the text. */
const automatic = parseReport(source.replace(/^figures:\n(?: {2}.*\n)*/m, ''));

/**
 * The gold file predates the gap kind: it labels 高于全区23.42% a percentage. The issue that added
 * gaps names this very figure as a gap between two rates (drawn as a 23% share before).
 */
const REFINED_KINDS: Record<string, string> = { '23.42%': 'gap' };

describe('metrics of the seed report against the hand-labelled gold file', () => {
  it('finds exactly the 45 labelled quantities, with value, unit, kind and section', () => {
    expect(gold.metrics).toHaveLength(45);
    const found = report.metrics.map(({ section, text, value, unit, kind, approximate }) => ({ section, text, value, unit, kind, approximate }));
    expect(found).toEqual(gold.metrics.map((m) => ({ ...m, kind: REFINED_KINDS[m.text] ?? m.kind, approximate: m.approximate ?? false })));
  });

  it('finds no target, range or limit among the results the seed report states', () => {
    expect(report.metrics.filter((m) => m.target || m.bound !== null || m.min !== null)).toEqual([]);
  });

  it('finds none of the numbers that are not quantities', () => {
    const texts = report.metrics.map((m) => m.text);
    for (const not of gold.notMetrics) {
      expect(texts.some((t) => not.includes(t) || t.includes(not)), not).toBe(false);
    }
  });

  it('lists each section’s quantities under that section, and gives every quantity a label and an anchor', () => {
    for (const section of report.sections) {
      expect(section.metrics.map((m) => m.text)).toEqual(gold.metrics.filter((m) => m.section === section.number).map((m) => m.text));
    }
    expect(new Set(report.metrics.map((m) => m.id)).size).toBe(45);
    expect(automatic.metrics.filter((m) => m.label === '')).toEqual([]);
    const lookup = (text: string) => automatic.metrics.find((m) => m.text === text)?.label;
    expect(lookup('389件')).toBe('行政复议申请');
    expect(lookup('93.3%')).toBe('案卷评查合格率');
  });
});
