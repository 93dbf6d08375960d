import { describe, expect, it } from 'vitest';
import { summarise } from '@/lib/site/summary';

describe('summaries for descriptions and feeds', () => {
  it('keeps text that fits whole', () => {
    expect(summarise('一年来，依法行政取得成效。', 20)).toBe('一年来，依法行政取得成效。');
  });

  it('ends after the last whole sentence that fits', () => {
    expect(summarise('第一句话说完了。第二句话很长很长很长很长很长很长。', 16)).toBe('第一句话说完了。');
  });

  it('ends at a clause break, with an ellipsis, when no sentence fits', () => {
    expect(summarise('2023年,梧州市坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想', 40))
      .toBe('2023年,梧州市坚持以习近平新时代中国特色社会主义思想为指导…');
  });

  it('never cuts a number or a word in two', () => {
    const summary = summarise('减免罚金额2631.54万元和行政复议申请389件以及其他许多的事项', 10);
    expect(summary).toBe('减免罚金额…');
  });

  it('uses the first paragraph only', () => {
    expect(summarise('第一段。\n\n第二段。', 100)).toBe('第一段。');
  });
});
