import { describe, expect, it } from 'vitest';
import { splitBlocks } from '@/lib/import';
import { findClosing } from '@/lib/import/closing';
import { findSignature } from '@/lib/import/signature';

/** Index of the closing start in a document whose sections start at the given block indexes. */
function closingOf(text: string, sections: number[]): number | null {
  const blocks = splitBlocks(text);
  return findClosing(blocks, sections, blocks.length, findSignature(blocks));
}

describe('findClosing', () => {
  it('starts the closing at the first paragraph after the last point that reads like one', () => {
    expect(closingOf('一、监督\n一是加强监督。发现问题12个。\n虽然取得成效，但仍存在不足。', [0])).toBe(2);
  });

  it('does not take a paragraph that mentions 短板 when ordinary paragraphs follow it', () => {
    expect(closingOf('一、自身建设\n打造实干型政府。补短板、强弱项。\n打造服务型政府。提升效能。', [0])).toBeNull();
  });

  it('never takes the only paragraph under a section heading', () => {
    expect(closingOf('一、存在问题和下一步打算\n下一步，将持续推进。', [0])).toBeNull();
  });

  it('starts at 特此报告 when the last section is itself about shortcomings and plans', () => {
    expect(closingOf('一、存在的不足和下一步工作\n仍存在不足。\n下一步，将持续推进。\n特此报告。\n示例市人民政府\n2024年1月20日', [0])).toBe(3);
  });

  it('starts at the signature when no paragraph reads like a closing', () => {
    expect(closingOf('一、加强领导\n召开会议5次。\n示例市人民政府\n2024年1月20日', [0])).toBe(2);
  });

  it('keeps a list of shortcomings written 一是…二是… in the closing', () => {
    expect(closingOf('一、监督\n一是加强监督。\n存在的问题：一是基层力量不足；二是机制不完善。', [0])).toBe(2);
  });
});

describe('findClosing with plans listed in the closing', () => {
  it('keeps the plans listed 一是…二是… after the closing paragraph in the closing', () => {
    expect(closingOf('一、监督\n一是加强监督。发现问题12个。\n二是强化问责。\n仍存在一些不足。\n下一步工作打算：\n一是深化改革。\n二是强化培训。\n特此报告。', [0])).toBe(3);
  });

  it('never takes a section’s lead that mentions 不足 before the section’s own 一是 points', () => {
    expect(closingOf('一、监督\n针对监督力量不足的问题，持续改进。\n一是加强监督。\n二是强化问责。', [0])).toBeNull();
  });
});
