import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KeyFigures } from '@/components/key-figures';
import { YearNav } from '@/components/year-nav';
import { figureChange, formatProblem, headlineFigures, neighbourLinks, parseReport, readReport, yearNeighbours } from '@/lib/report';

const read = (name: string) => readFileSync(path.join(process.cwd(), 'tests/fixtures/years', name), 'utf8');
const y2022 = parseReport(read('sample-2022.md'));
const y2023 = parseReport(read('sample-2023.md'));
const other = parseReport(read('other-2023.md'));
const all = [y2023, other, y2022];
const seed = parseReport(readFileSync(path.join(process.cwd(), 'content/reports/wuzhou-2023.md'), 'utf8'));

describe('key figures', () => {
  it('shows the figures staff chose, in their order and with their labels', () => {
    expect(headlineFigures(seed).map((f) => [f.metric.text, f.label])).toEqual([
      ['1721个', '本级政务服务事项'],
      ['99.84%', '跨省通办事项比例'],
      ['389件', '办理行政复议申请'],
      ['2631.54万元', '轻微违法行为减免罚金额'],
    ]);
  });

  it('makes a default selection of four telling figures when staff choose none', () => {
    const text = readFileSync(path.join(process.cwd(), 'content/reports/wuzhou-2023.md'), 'utf8').replace(/^figures:[\s\S]*?(?=^---)/m, '');
    const figures = headlineFigures(parseReport(text));
    expect(figures).toHaveLength(4);
    expect(figures.map((f) => f.metric.text)).toContain('2631.54万元');
    expect(figures.every((f) => f.label.length >= 2)).toBe(true);
  });

  it('spreads the default figures over the sub-points when one section holds every figure, goals left out', () => {
    const report = parseReport(readFileSync(path.join(process.cwd(), 'tests/fixtures/figures/one-section.md'), 'utf8'));
    expect(headlineFigures(report).map((f) => [f.metric.text, f.label, f.metric.point])).toEqual([
      ['93.3%', '案卷评查合格率', 1],
      ['2631.54万元', '减免罚金额', 2],
      ['160件', '环境资源案件', 3],
      ['100%', '行政机关负责人出庭应诉率', 4],
    ]);
  });

  it('never puts a figure without a name, a goal or a limit among the default figures', () => {
    const report = parseReport(read('sample-2023.md').replace(/^figures:[\s\S]*?(?=^---)/m, '').replace(/共办理行政复议申请.*$/m,
      '共办理行政复议申请132件。力争2024年投入调解经费5000万元。单笔罚款不超过2000万元。80%的事项实现网办。'));
    expect(report.metrics.map((m) => m.text)).toEqual(['132件', '5000万元', '不超过2000万元', '80%']);
    expect(headlineFigures(report).map((f) => f.metric.text)).toEqual(['132件']);
  });

  it('refuses a chosen figure that is not in the text, naming its line', () => {
    const text = read('sample-2023.md').replace('  - text: 18个', '  - text: 19个');
    const line = text.split('\n').findIndex((l) => l.includes('19个')) + 1;
    expect(readReport(text, 'x.md').problems.map(formatProblem)).toEqual([
      `x.md:${line}:1: figures[3].text: 正文中没有“19个”这个数据：请照正文原样填写（包括单位），或删去这一项`,
    ]);
  });
});

describe('year over year', () => {
  it('finds the same issuing body’s previous and next year, ignoring other bodies', () => {
    expect(yearNeighbours(y2023, all).previous?.meta.slug).toBe('sample-county-2022');
    expect(yearNeighbours(y2023, all).next).toBeNull();
    expect(yearNeighbours(y2022, all).next?.meta.slug).toBe('sample-county-2023');
    expect(yearNeighbours(other, all)).toEqual({ previous: null, next: null });
  });

  it('computes the change of figures matched by explicit key and by label and unit', () => {
    const previous = yearNeighbours(y2023, all).previous;
    const changes = headlineFigures(y2023).map((f) => [f.metric.text, figureChange(f, previous)?.description ?? null]);
    expect(changes).toEqual([
      ['132件', '增加12件'],
      ['97.5%', '上升2.5个百分点'],
      ['250万元', '减少50万元'],
      ['18个', null],
    ]);
  });

  it('renders the change with the previous year’s figure, and prev/next links', () => {
    const previous = yearNeighbours(y2023, all).previous;
    const html = renderToStaticMarkup(
      KeyFigures({ figures: headlineFigures(y2023).map((figure) => ({ figure, change: figureChange(figure, previous) })), figuresHref: '/x' }),
    );
    expect(html).toContain('较2022年（120件）增加12件');
    expect(html).toContain('↑');
    expect(html).toContain('较2022年（300万元）减少50万元');
    expect(html).toContain('↓');
    const nav = renderToStaticMarkup(YearNav({ neighbours: neighbourLinks(yearNeighbours(y2022, all)), slug: 'sample-county-2022' }));
    expect(nav).toContain('href="/reports/sample-county-2023"');
    expect(nav).toContain('下一年度');
  });
});
