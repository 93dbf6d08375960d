import { describe, expect, it } from 'vitest';
import { formatProblem, readReport } from '@/lib/report';
import { atomFeed } from '@/lib/site/feed';
import type { SiteConfig } from '@/lib/content/site-schema';

const FILE = 'content/reports/test.md';

/** A valid report: `extra` lines go after slug (line 9 on), `body` replaces the body (line 12 on with no extra). */
function source({ extra = [], body, title = '示例市2023年度法治政府建设工作报告' }: { extra?: string[]; body?: string; title?: string } = {}) {
  return [
    '---',
    `title: ${title}`,
    'year: 2023',
    'issuer: 示例市人民政府',
    'source: 示例市人民政府办公室',
    'published: 2024-01-21 08:55',
    'columns: [法治政府建设, 年度报告]',
    'slug: sample-2023',
    ...extra,
    '---',
    '',
    body ?? '示例市坚持依法行政。\n\n## 一、加强组织领导\n\n市政府高度重视，办理案件12件。\n\n## 二、强化监督\n\n全年开展检查3次。\n',
  ].join('\n');
}

const errors = (text: string) => readReport(text, FILE).problems.filter((p) => p.severity === 'error').map(formatProblem);

describe('invisible control characters', () => {
  it('refuses one pasted from Word into a front-matter field, naming line and column', () => {
    expect(errors(source({ title: '示例市2023年度\u000b法治政府建设工作报告' }))).toEqual([
      `${FILE}:2:17: 头信息: 第 17 列有一个看不见的控制字符 U+000B 垂直制表符（Word 的手动换行符）（常见于从 Word 或网页复制的文字，会使订阅源等文件无法读取）：请删除它；原文在这里换行的，请直接换行`,
    ]);
  });

  it('refuses one written as a YAML escape inside quotes, naming the field', () => {
    expect(errors(source({ extra: ['description: "摘要\\v第二行"'] }))).toEqual([
      `${FILE}:9:1: description: 含有看不见的控制字符 U+000B 垂直制表符（Word 的手动换行符）（在引号中写成了转义符，例如 \\v）：请删除它`,
    ]);
  });

  it('refuses one in the body, one problem per line', () => {
    const body = '引言。\n\n## 一、加强领导\n\n正文\u0007一。\n\n正文二\u001b。\n';
    expect(errors(source({ body }))).toEqual([
      `${FILE}:15:3: 正文: 第 3 列有一个看不见的控制字符 U+0007（常见于从 Word 或网页复制的文字，会使订阅源等文件无法读取）：请删除它；原文在这里换行的，请直接换行`,
      `${FILE}:17:4: 正文: 第 4 列有一个看不见的控制字符 U+001B（常见于从 Word 或网页复制的文字，会使订阅源等文件无法读取）：请删除它；原文在这里换行的，请直接换行`,
    ]);
  });

  it('names the common ones in Chinese: 空字符, 换页符, 删除符, 下一行符', () => {
    const body = '引言。\n\n## 一、加强领导\n\n甲\u0000。\n\n乙\u000c。\n\n丙\u007f。\n\n丁\u0085。\n';
    const hint = '（常见于从 Word 或网页复制的文字，会使订阅源等文件无法读取）：请删除它；原文在这里换行的，请直接换行';
    expect(errors(source({ body }))).toEqual([
      `${FILE}:15:2: 正文: 第 2 列有一个看不见的控制字符 U+0000 空字符${hint}`,
      `${FILE}:17:2: 正文: 第 2 列有一个看不见的控制字符 U+000C 换页符${hint}`,
      `${FILE}:19:2: 正文: 第 2 列有一个看不见的控制字符 U+007F 删除符${hint}`,
      `${FILE}:21:2: 正文: 第 2 列有一个看不见的控制字符 U+0085 下一行符${hint}`,
    ]);
  });

  it('lists the first 20 lines that hold one and counts the rest in one more line', () => {
    const lines = Array.from({ length: 25 }, (_, i) => `第${i + 1}段\u000b正文。`).join('\n\n');
    const problems = errors(source({ body: `引言。\n\n## 一、加强领导\n\n${lines}\n` }));
    expect(problems).toHaveLength(21);
    // The 20th paragraph is on line 15 + 19 × 2; its control character in column 5.
    expect(problems.slice(19)).toEqual([
      `${FILE}:53:5: 正文: 第 5 列有一个看不见的控制字符 U+000B 垂直制表符（Word 的手动换行符）（常见于从 Word 或网页复制的文字，会使订阅源等文件无法读取）：请删除它；原文在这里换行的，请直接换行`,
      `${FILE}:53:5: 正文: 另有 5 行也含有看不见的控制字符：请逐一删除`,
    ]);
  });

  it('keep the Atom feed well-formed even when one reaches it through a character reference', () => {
    const body = '示例市&#12;坚持依法行政。\n\n## 一、加强组织领导\n\n市政府高度重视。\n';
    const report = readReport(source({ body }), FILE).report;
    expect(report?.intro.text).toContain('\f');
    const site = { siteName: '示例门户', origin: 'https://example.gov.cn' } as SiteConfig;
    const feed = atomFeed(site, [report!]);
    expect(feed).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    // The summary folds the form feed into ordinary white space, as it does line breaks.
    expect(feed).toMatch(/<summary>示例市 ?坚持依法行政。/);
  });
});

describe('links', () => {
  it('refuses an attachment path with a backslash, which browsers follow to another site', () => {
    expect(errors(source({ extra: ['attachments:', '  - title: 盖章版', '    url: /\\evil.example/x.pdf'] }))).toEqual([
      `${FILE}:11:1: attachments[0].url: 链接中不能有反斜杠 \\（浏览器会把它当作 /，链接就会指向其他网站）：路径请用 / 分隔`,
    ]);
  });

  it('refuses site paths and addresses that are no link a reader can follow', () => {
    for (const url of ['//evil.example/x.pdf', '/files/a b.pdf', 'javascript:alert(1)', 'https://', 'ftp://example.gov.cn/a.pdf']) {
      expect(errors(source({ extra: ['related:', '  - title: 文件', `    url: "${url}"`] })), url).toEqual([
        `${FILE}:11:1: related[0].url: 链接应以 / 开头（本站文件）或以 http:// 、https:// 开头`,
      ]);
    }
  });

  it('accepts site files and http(s) addresses, Chinese names included', () => {
    for (const url of ['/files/wuzhou-2023.pdf', '/files/梧州市2023年报告.pdf', 'https://www.gov.cn/zhengce/a.html', 'http://[2001:db8::1]:8080/a.pdf']) {
      expect(errors(source({ extra: ['attachments:', '  - title: 文件', `    url: "${url}"`] })), url).toEqual([]);
    }
  });
});

describe('correction dates', () => {
  const correction = (date: string) => source({ extra: ['corrections:', `  - date: ${date}`, '    note: 更正了一处数字'] });

  it('refuses dates that do not exist, written with or without quotes', () => {
    expect(errors(correction('2024-13-45'))).toEqual([`${FILE}:10:1: corrections[0].date: 日期 2024-13-45 不存在，请核对年、月、日`]);
    expect(errors(correction('"2024-02-30"'))).toEqual([`${FILE}:10:1: corrections[0].date: 日期 2024-02-30 不存在，请核对年、月、日`]);
    expect(errors(correction('0000-00-00'))).toEqual([`${FILE}:10:1: corrections[0].date: 日期 0000-00-00 不存在，请核对年、月、日`]);
  });

  it('refuses a correction dated before the report was published', () => {
    expect(errors(correction('2024-01-20'))).toEqual([`${FILE}:10:1: corrections[0].date: 勘误日期 2024-01-20 早于报告的发布日期 2024-01-21：请核对`]);
  });

  it('keeps a valid unquoted date exactly as written', () => {
    expect(readReport(correction('2024-02-05'), FILE).report?.meta.corrections).toEqual([{ date: '2024-02-05', note: '更正了一处数字' }]);
  });
});

describe('code fences', () => {
  it('names an unclosed ``` fence instead of silently swallowing the sections after it', () => {
    const body = '引言。\n\n## 一、加强领导\n\n正文。\n\n```\n\n## 二、强化监督\n\n正文。\n\n## 三、完善制度\n\n正文。\n';
    expect(errors(source({ body }))).toEqual([
      `${FILE}:17:1: 正文: 这里以 \`\`\` 开始了一个代码块，但没有结束行：后面 8 行都会被当作代码，不会显示为正文。请在代码块末尾单独写一行 \`\`\`，或删除这一行`,
    ]);
  });

  it('accepts a closed fence', () => {
    const body = '引言。\n\n## 一、加强领导\n\n正文。\n\n~~~~\n代码\n~~~~\n';
    expect(errors(source({ body }))).toEqual([]);
  });
});

describe('what the build would refuse, check refuses first', () => {
  it('names a link title or image description that the CSP step would take for a script', () => {
    const body = '引言。\n\n## 一、加强领导\n\n见[文件](/files/a.pdf "<script>alert(1)</script>")。\n\n![图](/a.png "</p><SCRIPT>x</SCRIPT>")\n';
    expect(errors(source({ body }))).toEqual([
      `${FILE}:15:1: 正文: 链接标题或图片说明中有“<script”字样，发布时会被当作网页脚本而无法通过安全检查：请删去这几个字符`,
    ]);
  });

  it('shows markup in the text itself as text, which the CSP step never mistakes', () => {
    const body = '引言<script>alert(1)</script>。\n\n## 一、加强领导\n\n见[<script>文件](/files/a.pdf)。\n';
    expect(errors(source({ body }))).toEqual([]);
  });
});

describe('a file that makes the program throw', () => {
  it('is reported as a problem of that file with a line, never thrown', () => {
    const result = readReport(null as unknown as string, FILE);
    expect(result.report).toBeNull();
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/reports\/test\.md:1:1: 文件: 检查这个文件时程序出错（TypeError: Cannot read properties of null \(reading '\w+'\)）：文件的结构可能有异常。请把这个文件和这条提示发给网站技术人员$/),
    ]);
  });
});

describe('a file with problems on every line', () => {
  it('lists the first 100 problems and counts the rest, errors among them, in one more line', () => {
    // 121 sections all numbered 一、, four lines each from line 11: the 120 after the first are
    // each misnumbered; the count stands at the last one listed, section 101 on line 411.
    const body = Array.from({ length: 121 }, () => '## 一、甲\n\n正文。\n').join('\n');
    const problems = errors(source({ body }));
    expect(problems).toHaveLength(101);
    expect(problems[100]).toBe(`${FILE}:411:1: 正文: 另有 20 个问题未列出（其中 20 个错误）：请先改正上面的问题，再重新检查`);
  });
});
