import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { atomErrors, compileStrict, formulaCells, readCsv } from '@/lib/audit/validators';
import { metricsCsv, openDataSchema, parseReport, toOpenData } from '@/lib/report';
import type { SiteConfig } from '@/lib/content';
import { atomFeed } from '@/lib/site/feed';

const report = parseReport(readFileSync(path.join(process.cwd(), 'content/reports/wuzhou-2023.md'), 'utf8'));
const schema = openDataSchema('https://www.example.gov.cn/schema/report.schema.json');

/** The report's open data as a consumer reads it (JSON round trip). */
const openData = () => JSON.parse(JSON.stringify(toOpenData(report)));

/** The validator of the published schema, compiled in Ajv's strict mode. */
function strictValidator(): (data: unknown) => string[] {
  const compiled = compileStrict(schema);
  if ('error' in compiled) throw new Error(compiled.error);
  return compiled.validate;
}

describe('open data', () => {
  it('the published JSON Schema compiles in Ajv’s strict mode', () => {
    expect(() => new Ajv({ strict: true }).compile(schema)).not.toThrow();
  });

  it('data.json validates against the published JSON Schema', () => {
    expect(strictValidator()(openData())).toEqual([]);
  });

  it('the schema rejects data of the wrong shape', () => {
    const data = openData();
    data.metrics[0].kind = 'weight';
    expect(strictValidator()(data)).not.toEqual([]);
  });

  it('the schema rejects fields it does not define, at every level', () => {
    const validate = strictValidator();
    for (const mutate of [
      (d: ReturnType<typeof openData>) => { d.extra = 1; },
      (d: ReturnType<typeof openData>) => { d.meta.extra = 1; },
      (d: ReturnType<typeof openData>) => { d.sections[0].points[0].extra = 1; },
      (d: ReturnType<typeof openData>) => { d.intro.extra = 1; },
      (d: ReturnType<typeof openData>) => { d.meta.corrections = [{ date: '2024-02-05', note: '更正', extra: 1 }]; },
    ]) {
      const data = openData();
      mutate(data);
      expect(validate(data).join('\n')).toMatch(/must NOT have additional properties/);
    }
  });

  it('publication times are RFC 3339, with seconds, and the schema says so', () => {
    const data = openData();
    expect(data.meta.published).toBe('2024-01-21T08:55:00+08:00');
    const validate = strictValidator();
    data.meta.published = '2024-01-21T08:55+08:00';
    expect(validate(data)).not.toEqual([]);
    data.meta.published = '2024-01-21T00:55:00.5Z';
    expect(validate(data)).toEqual([]);
  });

  it('the schema is identified by an absolute URL on the configured origin', async () => {
    process.env.SITE_ORIGIN = 'http://[2001:db8::1]:8080';
    try {
      const { GET } = await import('@/app/schema/report.schema.json/route');
      const served = await GET().json();
      expect(served.$id).toBe('http://[2001:db8::1]:8080/schema/report.schema.json');
      expect(served.properties).toEqual(schema.properties);
    } finally {
      delete process.env.SITE_ORIGIN;
    }
  });

  it('metrics.csv starts with a byte-order mark and reads back to the 45 metrics', () => {
    const csv = metricsCsv(report);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = readCsv(csv.slice(1));
    expect(header).toEqual(['部分', '名称', '原文', '数值', '单位', '类型', '约数', '范围下限', '范围上限', '限值', '目标', '小点']);
    expect(rows).toHaveLength(45);
    expect(rows.map((r) => ({ section: Number(r[0]), label: r[1], text: r[2], value: Number(r[3]), unit: r[4], kind: r[5], approximate: r[6] === 'true' })))
      .toEqual(report.metrics.map(({ section, label, text, value, unit, kind, approximate }) => ({ section, label, text, value, unit, kind, approximate })));
  });

  it('writes text that a spreadsheet would run as a formula as text, and numbers as numbers', () => {
    const base = report.metrics[0]!;
    const tricky = { ...report, metrics: [
      { ...base, label: '=HYPERLINK("http://example.com","点我")', text: '+1件', unit: '@元' },
      { ...base, label: '-同比', value: -5 },
    ] };
    const csv = metricsCsv(tricky);
    const [, first, second] = readCsv(csv.slice(1));
    expect(first?.slice(1, 3)).toEqual(['\'=HYPERLINK("http://example.com","点我")', "'+1件"]);
    expect(first?.[4]).toBe("'@元");
    expect(second?.[1]).toBe("'-同比");
    expect(second?.[3]).toBe('-5');
    expect(formulaCells(csv)).toEqual([]);
    expect(formulaCells('名称\r\n=1+1\r\n-5\r\n')).toEqual(['第 2 行第 1 列“=1+1”会被电子表格当作公式执行']);
  });

  it('metrics.csv gives a range its bounds, a limit its side and a target its flag', () => {
    const planned = { ...report.metrics[0]!, text: '2-3所', value: 3, unit: '所', kind: 'count' as const, min: 2, max: 3, bound: null, target: true, point: 2 };
    const limit = { ...report.metrics[0]!, text: '不超过10年', value: 10, unit: '年', kind: 'duration' as const, bound: 'upper' as const, point: null };
    const [, range, upper] = readCsv(metricsCsv({ ...report, metrics: [planned, limit] }).slice(1));
    expect(range?.slice(7)).toEqual(['2', '3', '', 'true', '2']);
    expect(upper?.slice(7)).toEqual(['', '', 'upper', 'false', '']);
  });

  it('quotes CSV cells that contain commas or quotes', () => {
    const tricky = { ...report, metrics: [{ ...report.metrics[0]!, label: '甲,乙"丙"' }] };
    const [, row] = readCsv(metricsCsv(tricky).slice(1));
    expect(row?.[1]).toBe('甲,乙"丙"');
  });
});

describe('the Atom feed', () => {
  const site: SiteConfig = {
    siteName: '示例 & 网站', government: '示例市人民政府', origin: 'http://[2001:db8::1]:8080', issuers: [],
  };

  it('lists each report with absolute URLs on an IPv6-literal origin, escaped', () => {
    const xml = atomFeed(site, [report]);
    expect(xml).toContain('<title>示例 &amp; 网站</title>');
    expect(xml).toContain('href="http://[2001:db8::1]:8080/reports/wuzhou-2023"');
    expect(xml).toContain('<published>2024-01-21T08:55:00+08:00</published>');
    expect(xml.match(/<entry>/g)).toHaveLength(1);
  });

  it('reads back as Atom with every element RFC 4287 requires', () => {
    expect(atomErrors(atomFeed(site, [report]))).toEqual([]);
    expect(atomErrors('<rss version="2.0"><channel><title>x</title></channel></rss>')).toContain('不是 Atom 格式（读到的是 rss）');
  });
});
