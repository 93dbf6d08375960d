import { describe, expect, it } from 'vitest';
import { splitBlocks } from '@/lib/import';

describe('splitBlocks', () => {
  it('makes each non-empty line a paragraph with its line number', () => {
    expect(splitBlocks('第一段。\n\n第二段。\n')).toEqual([{ text: '第一段。', line: 1 }, { text: '第二段。', line: 3 }]);
  });

  it('removes U+3000 and no-break indentation and a byte-order mark', () => {
    expect(splitBlocks('\uFEFF\u3000\u3000正文。\u3000\n\u00a0 正文二。').map((b) => b.text)).toEqual(['正文。', '正文二。']);
  });

  it('reads Windows and old Mac line ends and Word page breaks as line ends', () => {
    expect(splitBlocks('一。\r\n二。\r三。\f四。').map((b) => b.line)).toEqual([1, 2, 3, 4]);
  });

  it('turns no-break spaces inside a line into ordinary spaces', () => {
    expect(splitBlocks('首页\u00a0>\u00a0年度报告')[0]?.text).toBe('首页 > 年度报告');
  });
});
