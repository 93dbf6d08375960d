import { describe, expect, it } from 'vitest';
import { importReport } from '@/lib/import';
import { readReport } from '@/lib/report';
import { bodyOf, importFixtures } from './fixtures';

describe('importReport on fixture documents', () => {
  for (const fixture of importFixtures()) {
    it(`writes the body of ${fixture.name} as written by hand`, () => {
      expect(bodyOf(importReport(fixture.input).markdown)).toBe(fixture.expectedBody);
    });

    if (Object.keys(fixture.expected).length > 0) {
      it(`reads the front matter and notes of ${fixture.name} as written by hand`, () => {
        const result = importReport(fixture.input);
        expect({ ...result, removed: result.removed.map((b) => b.text) }).toMatchObject(fixture.expected);
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
