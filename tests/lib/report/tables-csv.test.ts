import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { openDataSchema, parseReport, tablesCsv, toOpenData } from '@/lib/report';

const report = parseReport(readFileSync(path.join(import.meta.dirname, '../../fixtures/disclosure/shili-2023.md'), 'utf8'));
const schema = openDataSchema('https://www.example.gov.cn/schema/report.schema.json');

describe('tables in the open data', () => {
  it('data.json of a 年报 validates against the published schema, tables included', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    const data = JSON.parse(JSON.stringify(toOpenData(report)));
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    expect(data.tables).toHaveLength(6);
    expect(data.tables[4].rows[0]).toEqual({ label: ['一、本年新收政府信息公开申请数量'], values: [40, 6, 1, 0, 2, 1, 50] });
  });

  it('the schema rejects a table value that is neither number, text nor null', () => {
    const validate = new Ajv({ strict: true }).compile(schema);
    const data = JSON.parse(JSON.stringify(toOpenData(report)));
    data.tables[0].rows[0].values[0] = true;
    expect(validate(data)).toBe(false);
  });
});

describe('tables.csv', () => {
  const csv = tablesCsv(report);
  const lines = csv.slice(1).split('\r\n');

  it('starts with a byte-order mark and the columns 表, 行, 列, 数值', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines[0]).toBe('表,行,列,数值');
  });

  it('has one line per value cell, rows and columns as joined label paths', () => {
    expect(lines).toContain('第二十条第（一）项,规章,本年制发件数,');
    expect(lines).toContain('第二十条第（五）项,行政许可,本年处理决定数量,1260');
    expect(lines).toContain('表5,三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密,申请人情况 / 法人或其他组织 / 商业企业,0');
    expect(lines.filter((l) => l !== '')).toHaveLength(1 + 3 * 2 + 1 + 2 + 1 + 25 * 7 + 15);
  });

  it('guards text cells against spreadsheet formulas', () => {
    const hostile = { ...report, tables: [{ ...report.tables[0]!, title: '=HYPERLINK("x")', rows: [{ label: ['+1'], values: ['@SUM(A1)', -3], line: 1 }] }] };
    const [, first, second] = tablesCsv(hostile).slice(1).split('\r\n');
    expect(first).toBe('"\'=HYPERLINK(""x"")",\'+1,本年制发件数,\'@SUM(A1)');
    expect(second).toBe('"\'=HYPERLINK(""x"")",\'+1,本年废止件数,-3');
  });
});
