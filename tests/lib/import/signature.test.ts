import { describe, expect, it } from 'vitest';
import { splitBlocks } from '@/lib/import';
import { findSignature } from '@/lib/import/signature';

describe('findSignature', () => {
  it('finds 特此报告, the issuing body and the date at the end', () => {
    const blocks = splitBlocks('正文。\n特此报告。\n示例市人民政府\n2024年1月20日');
    expect(findSignature(blocks)).toEqual({ start: 1, issuer: '示例市人民政府', date: { year: 2024, month: 1, day: 20 } });
  });

  it('takes the first of several signing bodies as the issuer', () => {
    const blocks = splitBlocks('正文。\n示例市人民政府\n示例市司法局\n2024年1月20日');
    expect(findSignature(blocks)?.issuer).toBe('示例市人民政府');
  });

  it('finds nothing when the text ends with an ordinary paragraph', () => {
    expect(findSignature(splitBlocks('正文。\n下一步，将继续推进。'))).toBeNull();
  });
});
