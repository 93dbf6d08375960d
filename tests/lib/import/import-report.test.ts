import { describe, expect, it } from 'vitest';
import { importReport } from '@/lib/import';
import { readReport } from '@/lib/report';
import { bodyOf, importFixtures } from './fixtures';

describe('importReport on fixture documents', () => {
  for (const fixture of importFixtures()) {
    it(`writes the body of ${fixture.name} as written by hand`, () => {
      expect(bodyOf(importReport(fixture.input).markdown)).toBe(fixture.expectedBody);
    });

    it(`fills the front matter of ${fixture.name} as written by hand, and lists what is left to fill or check`, () => {
      const { values, missing, review } = importReport(fixture.input);
      const { values: wanted, missing: left, review: toCheck } = fixture.expected;
      expect({ values, missing, review }).toEqual({ values: wanted, missing: left, review: toCheck });
    });

    if (fixture.expected.notes || fixture.expected.removed) {
      it(`notes the structure of ${fixture.name} and the lines it removed as written by hand`, () => {
        const result = importReport(fixture.input);
        const { values: _values, missing: _missing, review: _review, ...rest } = fixture.expected;
        expect({ ...result, removed: result.removed.map((b) => b.text) }).toMatchObject(rest);
      });
    }

    it(`produces a file that ${fixture.name} parses in draft mode without errors in the body`, () => {
      const { report, problems } = readReport(importReport(fixture.input).markdown, `${fixture.name}.md`, { draft: true });
      expect(report).not.toBeNull();
      const errors = problems.filter((p) => p.severity === 'error');
      expect(errors.map((p) => p.message)).toEqual(
        fixture.name === 'unplaced-lines' ? ['第二部分的序号应为“二、”，这里写成了“三、”：请检查是否漏掉或重复了一个部分'] : [],
      );
    });
  }
});

describe('importReport on unusual documents', () => {
  it('imports an empty document into a file with empty front matter and says no sections were found', () => {
    const result = importReport('');
    expect(result.missing).toEqual(['title', 'year', 'issuer', 'source', 'published', 'slug']);
    expect(result.notes.map((n) => n.message)).toEqual(['没有找到“一、”“二、”这样的编号部分：全文已作为引言保留，请在各部分标题前加上序号']);
  });

  it('writes the given slug into the front matter', () => {
    expect(importReport('一、加强领导\n召开会议5次。', { slug: 'shili-2024' }).markdown).toContain('\nslug: shili-2024\n');
  });
});
