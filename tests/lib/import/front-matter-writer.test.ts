import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { writeFrontMatter, yamlString } from '@/lib/import';

const VALUES = {
  title: '示例市2023年度法治政府建设工作报告', year: 2023, issuer: '示例市人民政府', source: '',
  published: '2024-01-21 08:55', columns: ['法治政府建设', '年度报告'], slug: 'shili-2023',
};

describe('writeFrontMatter', () => {
  it('writes YAML that reads back as the values, empty ones as empty strings', () => {
    expect(matter(`${writeFrontMatter(VALUES, '说明')}\n\n正文`).data).toEqual({ ...VALUES, source: '' });
  });

  it('writes an unknown year as an empty string', () => {
    expect(matter(`${writeFrontMatter({ ...VALUES, year: null }, '说明')}\n`).data).toMatchObject({ year: '' });
  });

  it('explains every required field in a Chinese comment above it', () => {
    const lines = writeFrontMatter(VALUES, '说明').split('\n');
    for (const key of Object.keys(VALUES)) {
      expect(lines[lines.findIndex((l) => l.startsWith(`${key}:`)) - 1]).toMatch(/^# .*[\u4e00-\u9fff]/);
    }
  });
});

describe('yamlString', () => {
  it('quotes a value YAML would read as a number', () => {
    expect(yamlString('2023')).toBe('"2023"');
  });

  it('quotes a value with a colon and space', () => {
    expect(yamlString('报告: 全文')).toBe('"报告: 全文"');
  });

  it('leaves an ordinary Chinese value unquoted', () => {
    expect(yamlString('梧州市人民政府办公室')).toBe('梧州市人民政府办公室');
  });
});
