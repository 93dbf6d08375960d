import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '@/lib/report/markdown-parser';

/**
 * The report parser turns each GFM syntax on only for a text that could contain it
 * (lib/report/markdown-parser.ts). The reference is remark-gfm itself, with every syntax on,
 * as the parser was before: every tree must be the same, positions included.
 */
const reference = remark().use(remarkCjkFriendly).use(remarkGfm, { singleTilde: false });
const expected = (text: string): Root => reference.parse(text);

const types = (tree: Root): Set<string> => {
  const seen = new Set<string>();
  const walk = (node: { type: string; children?: unknown[] }) => {
    seen.add(node.type);
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
  };
  walk(tree);
  return seen;
};

/** Every Markdown file the tests and the site carry. */
function markdownFiles(): string[] {
  const found: string[] = [];
  for (const dir of ['content', 'tests/fixtures']) {
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) if (name.endsWith('.md')) found.push(path.join(dir, name));
  }
  return found;
}

describe('the report body parser', () => {
  it('gives the tree remark-gfm gives for every Markdown file of the site and the fixtures', () => {
    const files = markdownFiles();
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(parseMarkdown(text), file).toEqual(expected(text));
    }
  });

  // Each syntax, with the neighbours that must stay text; each case also says what the
  // reference makes of it, so that a syntax dropped by mistake cannot go unnoticed.
  const cases: [string, string, string][] = [
    ['a bare www link', '详见梧州市人民政府门户网站（www.wuzhou.gov.cn）。共 12 件。', 'link'],
    ['a bare https link', '平台地址：https://zwfw.gxzf.gov.cn/portal 办理 3,456 件', 'link'],
    ['an upper-case link', '网址 WWW.WUZHOU.GOV.CN 与 HTTP://EXAMPLE.CN', 'link'],
    ['a link spelt with a character reference', '网址 www&#46;wuzhou.gov.cn 与 h&#116;tp://example.cn/a', 'link'],
    ['an escaped dot', '网址 www\\.wuzhou.gov.cn', 'link'],
    ['an e-mail address', '来信请寄 zfxxgk@wuzhou.gov.cn，电话 0774-1234567。', 'link'],
    ['a mailto address', '联系 mailto:zfxxgk@wuzhou.gov.cn 或 xmpp:a@b.cn', 'link'],
    ['an e-mail address spelt with a character reference', '来信请寄 zfxxgk&#64;wuzhou.gov.cn', 'link'],
    ['a footnote', '收到申请 12 件[^1]。\n\n[^1]: 含转办件。', 'footnoteReference'],
    ['strikethrough', '~~删去的文字~~与 3~5 个工作日', 'delete'],
    ['a single tilde range', '办理时限 3~5 个工作日', 'paragraph'],
    ['a task list', '- [x] 已完成\n- [ ] 未完成\n- [\t] 制表符', 'listItem'],
    ['a table', '| 项目 | 数量 |\n| --- | ---: |\n| 申请 | 12 |', 'table'],
    ['emphasis next to Chinese punctuation', '**一是加强领导。**深入推进依法行政。', 'strong'],
    ['plain numbers', '2023年共办理行政复议案件123件，同比增长4.5%，纠错率12.3%。', 'paragraph'],
  ];
  it.each(cases)('gives the tree remark-gfm gives for %s', (_, text, type) => {
    const tree = expected(text);
    expect(types(tree)).toContain(type);
    expect(parseMarkdown(text)).toEqual(tree);
  });

  it('gives the tree remark-gfm gives for any text made of the characters these syntaxes are built from', () => {
    const pieces = ['w', 'W', 'www.', 'http', 'https://', 'h', 't', 'p', ':', '/', '.', '@', 'a', 'x', 'X', '~', '~~', '[', ']', '^', '[^1]', '[ ]', '|', '-', '*', '_', '&', '&#64;', '&#46;', '\\', '1', '12.5', '。', '，', '梧州', ' ', '\t', '\n', '\n\n', '- ', '| --- |'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(parseMarkdown(text)).toEqual(expected(text));
      }),
      { numRuns: 600 },
    );
  });
});
