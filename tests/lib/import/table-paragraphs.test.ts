import { describe, expect, it } from 'vitest';
import { tableGridAsParagraphs } from '@/lib/import/table-paragraphs';

describe('tableGridAsParagraphs', () => {
  it('writes every line of every cell as a paragraph of its own, row by row, escaped for Markdown', () => {
    const grid = {
      rows: [
        [{ text: '项目', colSpan: 1, rowSpan: 2 }, { text: '申请人情况', colSpan: 2, rowSpan: 1 }],
        [{ text: '自然人', colSpan: 1, rowSpan: 1 }, { text: '1. 法人\n或其他组织', colSpan: 1, rowSpan: 1 }],
        [{ text: '', colSpan: 1, rowSpan: 1 }, { text: '12', colSpan: 1, rowSpan: 1 }, { text: '3', colSpan: 1, rowSpan: 1 }],
      ],
    };
    expect(tableGridAsParagraphs(grid)).toBe('项目\n\n申请人情况\n\n自然人\n\n1\\. 法人\n\n或其他组织\n\n12\n\n3');
  });
});
