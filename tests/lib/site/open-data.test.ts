import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { metricsCsv, parseReport, toOpenData } from '@/lib/report';
import type { SiteConfig } from '@/lib/content';
import { atomFeed } from '@/lib/site/feed';

const report = parseReport(readFileSync(path.join(process.cwd(), 'content/reports/wuzhou-2023.md'), 'utf8'));
const schema: object = JSON.parse(readFileSync(path.join(process.cwd(), 'public/schema/report.schema.json'), 'utf8'));

/** A small RFC 4180 reader, to read the CSV back as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

describe('open data', () => {
  it('data.json validates against the published JSON Schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const data = JSON.parse(JSON.stringify(toOpenData(report)));
    expect(validate(data) ? [] : validate.errors).toEqual([]);
  });

  it('the schema rejects data of the wrong shape', () => {
    const validate = new Ajv({ strict: false }).compile(schema);
    const data = JSON.parse(JSON.stringify(toOpenData(report)));
    data.metrics[0].kind = 'weight';
    expect(validate(data)).toBe(false);
  });

  it('metrics.csv starts with a byte-order mark and reads back to the 45 metrics', () => {
    const csv = metricsCsv(report);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual(['部分', '名称', '原文', '数值', '单位', '类型', '约数', '范围下限', '范围上限', '限值', '目标', '小点']);
    expect(rows).toHaveLength(45);
    expect(rows.map((r) => ({ section: Number(r[0]), label: r[1], text: r[2], value: Number(r[3]), unit: r[4], kind: r[5], approximate: r[6] === 'true' })))
      .toEqual(report.metrics.map(({ section, label, text, value, unit, kind, approximate }) => ({ section, label, text, value, unit, kind, approximate })));
  });

  it('metrics.csv gives a range its bounds, a limit its side and a target its flag', () => {
    const planned = { ...report.metrics[0]!, text: '2-3所', value: 3, unit: '所', kind: 'count' as const, min: 2, max: 3, bound: null, target: true, point: 2 };
    const limit = { ...report.metrics[0]!, text: '不超过10年', value: 10, unit: '年', kind: 'duration' as const, bound: 'upper' as const, point: null };
    const [, range, upper] = parseCsv(metricsCsv({ ...report, metrics: [planned, limit] }).slice(1));
    expect(range?.slice(7)).toEqual(['2', '3', '', 'true', '2']);
    expect(upper?.slice(7)).toEqual(['', '', 'upper', 'false', '']);
  });

  it('quotes CSV cells that contain commas or quotes', () => {
    const tricky = { ...report, metrics: [{ ...report.metrics[0]!, label: '甲,乙"丙"' }] };
    const [, row] = parseCsv(metricsCsv(tricky).slice(1));
    expect(row?.[1]).toBe('甲,乙"丙"');
  });
});

describe('the Atom feed', () => {
  const site: SiteConfig = {
    siteName: '示例 & 网站', government: '示例市人民政府', origin: 'http://[2001:db8::1]:8080', siteIdCode: '0', icp: 'i', police: 'p',
    sponsor: 's', organizer: 'o', address: 'a', phone: 't', placeholders: [],
  };

  it('lists each report with absolute URLs on an IPv6-literal origin, escaped', () => {
    const xml = atomFeed(site, [report]);
    expect(xml).toContain('<title>示例 &amp; 网站</title>');
    expect(xml).toContain('href="http://[2001:db8::1]:8080/reports/wuzhou-2023"');
    expect(xml).toContain('<published>2024-01-21T08:55:00+08:00</published>');
    expect(xml.match(/<entry>/g)).toHaveLength(1);
  });
});
