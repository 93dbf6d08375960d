import { describe, expect, it } from 'vitest';
import { formatImportSummary, importReport } from '@/lib/import';
import { readReport } from '@/lib/report';

const TEXT = '2022年工作回顾\n一、切实做到“疫情要防住”\n我们有效应对疫情。一是快速处置。二是精准防范。\n专栏一\n2023年主要工作\n一、加快发展\n新开工项目50个。\n';

function summary(): string {
  const result = importReport(TEXT, { slug: 'shili-2023' });
  return formatImportSummary(result, readReport(result.markdown, 'x.md', { draft: true }).report, 'content/reports/shili-2023.md');
}

describe('formatImportSummary', () => {
  it('lists the sections under their part headings with points and metrics per section', () => {
    expect(summary()).toContain([
      '识别出的结构：',
      '  引言：0 段',
      '  【2022年工作回顾】',
      '  一、切实做到“疫情要防住”（2 个小点，0 个数据）',
      '  【2023年主要工作】',
      '  一、加快发展（0 个小点，1 个数据）',
      '  结尾部分：没有（*** 分隔线）',
      '  合计：2 个部分，2 个小点，1 个数据',
    ].join('\n'));
  });

  it('lists what it could not place with its line', () => {
    expect(summary()).toContain('无法归类的内容（原文都已保留）：\n  原文第 4 行：“专栏一”像是一个标题，但无法判断它的层级：已作为普通段落保留，请核对');
  });

  it('lists the front-matter fields left for staff by name', () => {
    expect(summary()).toContain('请补填头信息：title（标题）、year（年度）、issuer（发布机关）、source（来源）、published（发布时间）');
  });
});
