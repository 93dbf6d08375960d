import { describe, expect, it } from 'vitest';
import { splitBlocks, stripPageChrome } from '@/lib/import';

describe('stripPageChrome', () => {
  it('leaves a document without page chrome unchanged', () => {
    const blocks = splitBlocks('示例市2023年度法治政府建设工作报告\n2023年，示例市坚持依法行政。\n一、加强领导');
    expect(stripPageChrome(blocks)).toEqual({ blocks, page: {}, removed: [] });
  });

  it('reads a page date without a time as a date only', () => {
    const { page } = stripPageChrome(splitBlocks('无障碍\n示例市2023年度报告\n发布日期：2024-02-01\n正文。'));
    expect(page).toEqual({ title: '示例市2023年度报告', date: '2024-02-01' });
  });

  it('keeps a 文件下载 label that is followed by report text', () => {
    const { blocks } = stripPageChrome(splitBlocks('正文。\n文件下载:\n这是正文的一句话。'));
    expect(blocks.map((b) => b.text)).toEqual(['正文。', '文件下载:', '这是正文的一句话。']);
  });
});
