import { describe, expect, it } from 'vitest';
import type { Anchor } from '@/lib/search/phrase';
import { markedExcerpt, matchPage, queryTerms, termWords } from '@/lib/search/phrase';

const text = '梧州市2023年度法治政府建设工作报告 一、加强党的全面领导 市委高度重视。 一是不断夯实思想基础 深入学习。 '
  + '五、强化处突能力 防汛抗旱、森林防灭火常设指挥机构。 六、强化多元解纷 二是创新做好行政复议工作 创新立体行政复议模式,共办理行政复议申请389件。 行政机关负责人出庭应诉率100%。';
const anchors: Anchor[] = [
  { element: 'h1', id: 'title', text: '梧州市2023年度法治政府建设工作报告' },
  { element: 'h2', id: 'section-1', text: '一、加强党的全面领导' },
  { element: 'h3', id: 'section-1-point-1', text: '一是不断夯实思想基础' },
  { element: 'data', id: 'section-6-m1', text: '389件' },
  { element: 'h2', id: 'section-5', text: '五、强化处突能力' },
  { element: 'h2', id: 'section-6', text: '六、强化多元解纷' },
  { element: 'h3', id: 'section-6-point-2', text: '二是创新做好行政复议工作' },
];

const search = (query: string) => {
  const terms = queryTerms(query);
  return matchPage(text, anchors, terms, termWords(terms));
};

describe('phrase search', () => {
  it('finds nothing for a phrase the page does not hold, though it holds its characters', () => {
    expect(search('火星殖民')).toBeNull();
  });

  it('does not match a page that holds only part of the phrase', () => {
    expect(search('行政审批')).toBeNull();
  });

  it('counts every occurrence of the phrase and names the heading it falls under', () => {
    const match = search('行政复议');
    expect(match?.kind).toBe('phrase');
    expect(match?.count).toBe(3);
    expect(match?.hits.map((h) => [h.id, h.section, h.title, h.count])).toEqual([
      ['section-6-point-2', '六、强化多元解纷', '二是创新做好行政复议工作', 3],
    ]);
  });

  it('ranks the part with most occurrences first', () => {
    const match = search('强化');
    expect(match?.hits.map((h) => [h.id, h.count])).toEqual([['section-5', 1], ['section-6', 1]]);
    expect(search('创新')?.hits[0]).toMatchObject({ id: 'section-6-point-2', count: 2 });
  });

  it('needs every space-separated term', () => {
    expect(search('行政复议 防灭火')?.count).toBe(4);
    expect(search('行政复议 营商环境')).toBeNull();
  });

  it('falls back to every word of a longer phrase, marked as such', () => {
    expect(termWords(['法治政府建设情况'])).toEqual(['法治', '政府', '建设', '情况']);
    expect(search('法治政府工作')?.kind).toBe('words');
  });

  it('highlights each occurrence in an escaped excerpt', () => {
    expect(markedExcerpt('甲<b>行政复议</b>乙，行政复议', 8, ['行政复议'], 8, 20)).toBe('甲&lt;b&gt;<mark>行政复议</mark>&lt;/b&gt;乙，<mark>行政复议</mark>');
    expect(markedExcerpt('一二三四五六七八九十行政复议', 10, ['行政复议'], 2, 4)).toBe('…九十<mark>行政复议</mark>');
    expect(markedExcerpt('申请 ＡＢＣ 件', 0, ['abc'])).toBe('申请 <mark>ＡＢＣ</mark> 件');
  });
});
