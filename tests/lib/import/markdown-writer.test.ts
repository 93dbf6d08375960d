import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '@/lib/import/markdown-escape';
import { plainText } from '@/lib/report/inline';

/** What Markdown shows for one escaped line. */
function shown(line: string): string {
  return plainText(remark().parse(escapeMarkdown(line)));
}

describe('escapeMarkdown', () => {
  it('keeps a numbered item with a space from becoming a list', () => {
    expect(escapeMarkdown('2. 修订规范性文件15件。')).toBe('2\\. 修订规范性文件15件。');
  });

  it('leaves Chinese text with + and full-width punctuation as written', () => {
    expect(escapeMarkdown('创新“1+2+3”立体行政复议模式，（一）')).toBe('创新“1+2+3”立体行政复议模式，（一）');
  });

  for (const line of ['# 不是标题', '- 不是列表', '> 不是引用', '***', '---', '<p>不是网页</p>', 'a*b*c', '[不是链接](x)', '`不是代码`', 'x &amp; y', 'a\\b']) {
    it(`shows “${line}” exactly as written`, () => {
      expect(shown(line)).toBe(line);
    });
  }
});
