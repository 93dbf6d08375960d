import { describe, expect, it } from 'vitest';
import { formatProblem, parseReport, readReport } from '@/lib/report';

const FILE = 'content/reports/test.md';

/** A valid report; `change` rewrites its front matter lines, `body` replaces its body. */
function source({ meta = {}, body }: { meta?: Record<string, string | null>; body?: string } = {}) {
  const fields: Record<string, string | null> = {
    title: '示例市2023年度法治政府建设工作报告',
    year: '2023',
    issuer: '示例市人民政府',
    source: '示例市人民政府办公室',
    published: '2024-01-21 08:55',
    columns: '[法治政府建设, 年度报告]',
    slug: 'sample-2023',
    ...meta,
  };
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== null)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body ?? '示例市坚持依法行政。\n\n## 一、加强组织领导\n\n市政府高度重视。\n'}`;
}

function messages(text: string): string[] {
  return readReport(text, FILE).problems.map(formatProblem);
}

describe('front matter validation', () => {
  it('accepts a complete, valid report', () => {
    expect(messages(source())).toEqual([]);
  });

  it('names an unknown field and its line', () => {
    expect(messages(source({ meta: { auther: '张三' } }))).toEqual([
      `${FILE}:9:1: auther: 不是可用的字段：请检查拼写，或删除这一行（可用字段见发布指南）`,
    ]);
  });

  it('says what type a field should have', () => {
    expect(messages(source({ meta: { year: '二〇二三年' } }))).toEqual([
      `${FILE}:3:1: year: 应为四位数字年份，例如 2023`,
    ]);
  });

  it('gives only the date format message when published is left empty', () => {
    expect(messages(source({ meta: { published: '""' } }))).toEqual([
      `${FILE}:6:1: published: 日期格式应为 YYYY-MM-DD HH:mm（例如 2024-01-21 08:55），按北京时间填写`,
    ]);
  });

  it('explains the date format when published is written differently', () => {
    expect(messages(source({ meta: { published: '2024年1月21日' } }))).toEqual([
      `${FILE}:6:1: published: 日期格式应为 YYYY-MM-DD HH:mm（例如 2024-01-21 08:55），按北京时间填写`,
    ]);
  });

  it('refuses an impossible date', () => {
    expect(messages(source({ meta: { published: '2024-02-30 08:55' } }))).toEqual([
      `${FILE}:6:1: published: 日期 2024-02-30 08:55 不存在，请核对年、月、日和时间`,
    ]);
  });

  it('refuses a publication date before the report year ends', () => {
    expect(messages(source({ meta: { published: '2023-12-31 23:59' } }))).toEqual([
      `${FILE}:6:1: published: 发布时间早于报告年度（2023年）结束，请核对 year 或 published`,
    ]);
  });

  it('reports a missing required field at the top of the front matter', () => {
    expect(messages(source({ meta: { source: null } }))).toEqual([
      `${FILE}:1:1: source: 缺少必填字段：请在头信息中加上这一项`,
    ]);
  });

  it('refuses a slug with characters other than ASCII letters, digits and hyphens', () => {
    expect(messages(source({ meta: { slug: '梧州-2023' } }))).toEqual([
      `${FILE}:8:1: slug: 只能使用英文字母、数字和连字符（-），例如 wuzhou-2023`,
    ]);
  });

  it('locates a field inside a list of attachments', () => {
    const text = source().replace(
      'slug: sample-2023',
      'slug: sample-2023\nattachments:\n  - title: 盖章版\n    url: /files/a.pdf\n  - title: 附件二\n    url: javascript:alert(1)',
    );
    expect(messages(text)).toEqual([
      `${FILE}:13:1: attachments[1].url: 链接应以 / 开头（本站文件）或以 http:// 、https:// 开头`,
    ]);
  });

  it('lists every problem of a file together, in line order', () => {
    const text = source({ meta: { year: 'abc', published: '2024-13-01 08:00', colour: 'red' } });
    expect(messages(text)).toEqual([
      `${FILE}:3:1: year: 应为四位数字年份，例如 2023`,
      `${FILE}:6:1: published: 日期 2024-13-01 08:00 不存在，请核对年、月、日和时间`,
      `${FILE}:9:1: colour: 不是可用的字段：请检查拼写，或删除这一行（可用字段见发布指南）`,
    ]);
  });

  it('points at the YAML syntax error', () => {
    const text = source().replace('issuer: 示例市人民政府', 'issuer: "示例市人民政府');
    expect(messages(text)[0]).toMatch(new RegExp(`^${FILE}:\\d+:\\d+: 头信息: YAML 格式有误`));
  });

  it('names the line and column of a YAML syntax error', () => {
    // One ] too many at the end of line 7, column 24.
    const text = source({ meta: { columns: '[法治政府建设, 年度报告]]' } });
    expect(messages(text)).toEqual([
      `${FILE}:7:24: 头信息: YAML 格式有误（end of the stream or a document separator is expected）：请检查冒号、缩进和引号`,
    ]);
  });

  it('refuses a front matter without its closing --- line', () => {
    const text = source().replace('\n---\n\n', '\n\n');
    expect(messages(text)).toEqual([`${FILE}:1:1: 头信息: 头信息缺少结束行 ---：请在最后一个字段之后单独写一行 ---`]);
  });

  it('refuses a year before 1949 or after 2100', () => {
    expect(messages(source({ meta: { year: '1948' } }))).toEqual([`${FILE}:3:1: year: 应为四位数字年份，例如 2023`]);
    expect(messages(source({ meta: { year: '2101', published: '2102-01-21 08:55' } }))).toEqual([`${FILE}:3:1: year: 应为四位数字年份，例如 2023`]);
    expect(messages(source({ meta: { year: '1949', published: '1950-01-21 08:55' } }))).toEqual([]);
  });

  it('says which kind of value a field needs: a list, a group of fields, true or false, a whole number', () => {
    const figure = (line: string) => source({ meta: { figures: `\n  - text: 12件\n    ${line}` } });
    expect(messages(source({ meta: { columns: '法治政府建设' } }))).toEqual([`${FILE}:7:1: columns: 应为列表（每项一行，以 - 开头）`]);
    expect(messages(source({ meta: { attachments: '[盖章版]' } }))).toEqual([`${FILE}:9:1: attachments[0]: 应为一组字段`]);
    expect(messages(figure('headline: 是'))).toEqual([`${FILE}:11:1: figures[0].headline: 应为true 或 false`]);
    expect(messages(figure('section: 1.5'))).toEqual([`${FILE}:11:1: figures[0].section: 应为整数`]);
  });

  it('asks for at least one item in a required list, and a section number from 1', () => {
    expect(messages(source({ meta: { columns: '[]' } }))).toEqual([`${FILE}:7:1: columns: 至少需要填写一项`]);
    expect(messages(source({ meta: { figures: '\n  - text: 12件\n    section: 0' } }))).toEqual([
      `${FILE}:11:1: figures[0].section: 不能小于 1`,
    ]);
  });

  it('accepts a figure key of lowercase letters, digits and single hyphens, and refuses any other', () => {
    const body = '示例市坚持依法行政。\n\n## 一、加强组织领导\n\n办理案件12件。\n';
    const key = (value: string) => messages(source({ meta: { figures: `\n  - text: 12件\n    key: "${value}"` }, body }));
    expect(key('admin-review-cases-2')).toEqual([]);
    for (const value of ['Admin-Cases', 'admin_cases', 'admin cases', 'admin--cases', '-admin', 'admin-', '行政复议']) {
      expect(key(value), value).toEqual([`${FILE}:11:1: figures[0].key: 只能使用小写英文字母、数字和连字符，例如 admin-review-cases`]);
    }
  });

  it('refuses a correction date written other than YYYY-MM-DD, or missing', () => {
    const correction = (lines: string) => messages(source({ meta: { corrections: `\n  - ${lines}` } }));
    expect(correction('date: 2024/02/05\n    note: 更正了一处数字')).toEqual([
      `${FILE}:10:1: corrections[0].date: 日期格式应为 YYYY-MM-DD，例如 2024-02-05`,
    ]);
    expect(correction('note: 更正了一处数字')).toEqual([
      `${FILE}:10:1: corrections[0].date: 日期格式应为 YYYY-MM-DD，例如 2024-02-05`,
    ]);
  });

  it('throws a ContentError listing the problems from parseReport', () => {
    expect(() => parseReport(source({ meta: { year: 'abc' } }), FILE)).toThrow(
      `${FILE}:3:1: year: 应为四位数字年份，例如 2023`,
    );
  });
});

describe('front matter languages other than YAML', () => {
  it('refuses ---js front matter without running it', () => {
    const g = globalThis as { pwned?: boolean };
    delete g.pwned;
    const text = '---js\n{ title: (function () { globalThis.pwned = true; return "x"; })() }\n---\n\n正文。\n';
    expect(messages(text)).toEqual([
      `${FILE}:1:1: 头信息: 头信息只支持 YAML 格式，不支持“js”。请把第一行改为 ---`,
    ]);
    expect(g.pwned).toBeUndefined();
  });

  it('refuses ---javascript and ---coffee too', () => {
    for (const lang of ['javascript', 'coffee', 'toml', 'json']) {
      expect(messages(`---${lang}\ntitle = "x"\n---\n\n正文。\n`)[0]).toContain(`不支持“${lang}”`);
    }
  });

  it('asks for front matter when a file has none', () => {
    expect(messages('一、标题\n\n正文。\n')).toEqual([
      `${FILE}:1:1: 头信息: 文件应以一行 --- 开头，后接 YAML 格式的头信息（title、year 等），再以一行 --- 结束`,
    ]);
  });
});

describe('body validation', () => {
  it('reports a section numbering that skips, at the skipping heading', () => {
    const body = '引言。\n\n## 一、甲\n\n正文。\n\n## 二、乙\n\n正文。\n\n## 四、丁\n\n正文。\n';
    expect(messages(source({ body }))).toEqual([
      `${FILE}:21:1: 正文: 第三部分的序号应为“三、”，这里写成了“四、”：请检查是否漏掉或重复了一个部分`,
    ]);
  });

  it('reports a repeated section number', () => {
    const body = '引言。\n\n## 一、甲\n\n正文。\n\n## 一、乙\n\n正文。\n';
    expect(messages(source({ body }))).toEqual([
      `${FILE}:17:1: 正文: 第二部分的序号应为“二、”，这里写成了“一、”：请检查是否漏掉或重复了一个部分`,
    ]);
  });

  it('reports an empty section', () => {
    const body = '引言。\n\n## 一、甲\n\n## 二、乙\n\n正文。\n';
    expect(messages(source({ body }))).toEqual([
      `${FILE}:13:1: 正文: 第一部分“甲”没有正文：请在标题下补上内容，或删除这个标题`,
    ]);
  });

  it('reports a sub-point numbering that skips', () => {
    const body = '## 一、甲\n\n（一）子一\n\n正文。\n\n（三）子三\n\n正文。\n';
    expect(messages(source({ body }))).toEqual([
      `${FILE}:17:1: 正文: 小标题序号应为“（二）”，这里写成了“（三）”：请检查是否漏掉或重复了一条`,
    ]);
  });

  it('refuses a numbered section after the closing *** line, which would end up in the closing', () => {
    const body = '引言。\n\n## 一、甲\n\n正文。\n\n***\n\n存在的不足。\n\n## 二、乙\n\n正文。\n';
    expect(messages(source({ body }))).toEqual([
      `${FILE}:21:1: 正文: “二、”出现在结尾部分（*** 分隔线）之后：结尾分隔线应放在最后一个编号部分之后`,
    ]);
  });

  it('reports a body without numbered sections', () => {
    expect(messages(source({ body: '只有一段话。\n' }))).toEqual([
      `${FILE}:11:1: 正文: 没有找到编号部分：正文应按“一、”“二、”……分部分，每部分标题单独一行，写成 ## 一、标题`,
    ]);
  });
});

describe('rendered HTML', () => {
  function html(body: string): string {
    const report = parseReport(source({ body: `## 一、甲\n\n${body}\n` }), FILE);
    return report.sections[0]!.lead.html;
  }

  it('drops script elements, event handlers and javascript: links', () => {
    const out = html(
      '正文<script>alert(1)</script>继续。<img src=x onerror="alert(1)"> [链接](javascript:alert(1)) <a href="javascript:alert(2)" onclick="x()">a</a>',
    );
    expect(out).not.toMatch(/<script|onerror|onclick|javascript:/i);
    expect(out).toContain('正文');
    expect(out).toContain('继续。');
  });

  it('renders bold next to Chinese punctuation instead of showing asterisks', () => {
    expect(html('**夯实思想基础。**深入学习。')).toContain('<strong>夯实思想基础。</strong>深入学习。');
  });

  it('marks quantities with their machine-readable value without changing the text', () => {
    const report = parseReport(source({ body: '## 一、甲\n\n减免罚金额2631.54万元。\n' }), FILE);
    const section = report.sections[0]!;
    expect(section.lead.html).toContain('<data value="26315400" id="section-1-m1" class="metric">2631.54万元</data>');
    expect(section.lead.text).toBe('减免罚金额2631.54万元。');
  });
});
