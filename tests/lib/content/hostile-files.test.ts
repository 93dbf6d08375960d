import { cpSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content';
import { decodeContent } from '@/lib/content/read-file';
import { formatProblem, reportIdentity } from '@/lib/report';
import { listIssuers } from '../../support/issuers';
import { tempDir } from '../../temp-dir';

const ROOT = process.cwd();
const SEED = readFileSync(path.join(ROOT, 'content/reports/wuzhou-2023.md'), 'utf8');
const YEAR_LINE = SEED.split('\n').findIndex((l) => l.startsWith('year:')) + 1;

/** A throwaway copy of content/ with these files added to content/reports. */
function contentWith(files: Record<string, string | Buffer> = {}): string {
  const dir = tempDir('content');
  cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  listIssuers(dir, ['苍梧县人民政府']);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'content/reports', name), text);
  return dir;
}

const errors = (dir: string) => checkContent(dir).problems.filter((p) => p.severity === 'error').map(formatProblem);

/** The seed report as another file: another slug, and optionally another title or year. */
const copy = (slug: string, change: (text: string) => string = (t) => t) => change(SEED.replace('slug: wuzhou-2023', `slug: ${slug}`));

describe('files that are not UTF-8 Markdown text', () => {
  it('names a UTF-16 file instead of asking for a --- line', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(copy('b'), 'utf16le')]);
    expect(errors(contentWith({ 'b.md': utf16 }))).toEqual([
      'content/reports/b.md:1:1: 文件: 文件是 UTF-16 编码，不是 UTF-8 文本：请用记事本或 WPS 打开，选择“另存为”，编码选 UTF-8 后保存',
    ]);
  });

  it('names a Word document saved as .md and says how to import it', () => {
    const docx = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(200, 1)]);
    expect(errors(contentWith({ 'b.md': docx }))).toEqual([
      'content/reports/b.md:1:1: 文件: 这是一个 Word（.docx）或其他压缩格式的文件，不是 Markdown 文本：Word 文档请用 npm run report -- import 转换后再发布',
    ]);
  });

  it('names an old Word (.doc) file saved as .md and says to save it as .docx first', () => {
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(200, 1)]);
    expect(errors(contentWith({ 'b.md': doc }))).toEqual([
      'content/reports/b.md:1:1: 文件: 这是一个旧版 Word（.doc）文件，不是 Markdown 文本：请在 Word 中另存为 .docx，再用 npm run report -- import 转换',
    ]);
  });

  it('names a PDF saved as .md and says where a PDF belongs', () => {
    expect(errors(contentWith({ 'b.md': Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n', 'latin1') }))).toEqual([
      'content/reports/b.md:1:1: 文件: 这是一个 PDF 文件，不是 Markdown 文本：PDF 应放在 public/files/ 中，作为附件（attachments）链接',
    ]);
  });

  it('names any other binary file', () => {
    expect(errors(contentWith({ 'b.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) }))).toEqual([
      'content/reports/b.md:1:1: 文件: 不是文本文件（含有二进制数据）：报告文件应是 UTF-8 编码的 Markdown 文本',
    ]);
  });

  it('names a GBK file with the line and column where it stops being UTF-8', () => {
    const gbk = Buffer.concat([Buffer.from('---\ntitle: '), Buffer.from([0xce, 0xe0, 0xd6, 0xdd]), Buffer.from('\n')]); // 梧州 in GBK
    expect(errors(contentWith({ 'b.md': gbk }))).toEqual([
      'content/reports/b.md:2:8: 文件: 不是 UTF-8 文本，从第 2 行第 8 列起无法读取（可能是 GBK/GB2312 编码）：请用记事本或 WPS 打开，选择“另存为”，编码选 UTF-8 后保存',
    ]);
  });

  it('accepts UTF-8 with a byte-order mark, as Notepad saves it', () => {
    expect(decodeContent(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\n梧州\n')]), 'x.md')).toEqual({ text: '---\n梧州\n' });
  });
});

describe('files that are not plain files inside content/', () => {
  it('does not follow a link to a file outside content/', () => {
    const dir = contentWith();
    const outside = path.join(dir, 'secret.md');
    writeFileSync(outside, copy('secret'));
    symlinkSync(outside, path.join(dir, 'content/reports/b.md'));
    expect(errors(dir)).toEqual([
      'content/reports/b.md:1:1: 文件: 是一个链接（symlink），指向 content 文件夹以外的文件：为安全起见不会读取。请把报告文件本身放进 content/reports/',
    ]);
    expect(checkContent(dir).reports.map((r) => r.meta.slug)).toEqual(['wuzhou-2023']);
  });

  it('follows a link that stays inside content/', () => {
    const dir = contentWith();
    mkdirSync(path.join(dir, 'content/drafts'));
    writeFileSync(path.join(dir, 'content/drafts/b.md'), copy('b', (t) => t.replace('year: 2023', 'year: 2022').replace(/2023年度/g, '2022年度')));
    symlinkSync(path.join(dir, 'content/drafts/b.md'), path.join(dir, 'content/reports/b.md'));
    expect(errors(dir)).toEqual([]);
  });

  it('names a folder called .md instead of failing the build', () => {
    const dir = contentWith();
    mkdirSync(path.join(dir, 'content/reports/b.md'));
    expect(errors(dir)).toEqual(['content/reports/b.md:1:1: 文件: 不是普通文件（可能是文件夹或特殊文件）：content/reports/ 中只能放报告的 .md 文件']);
  });

  it('refuses a 50 MB file without reading it', () => {
    const dir = contentWith({ 'b.md': '---\n' });
    truncateSync(path.join(dir, 'content/reports/b.md'), 50 * 1024 * 1024); // sparse: no disk used
    expect(errors(dir)).toEqual([
      'content/reports/b.md:1:1: 文件: 文件大小为 50 MB，超过了 1 MB 的上限（最长的真实报告约 80 KB）：请检查是否误粘贴了图片、重复的内容或其他文件',
    ]);
  });
});

describe('one report per issuer, year and kind', () => {
  it('refuses a second 法治政府建设 report of one issuer for one year, naming the first file', () => {
    const dir = contentWith({ 'zz-again.md': copy('wuzhou-2023-again', (t) => t.replace(/^title: .*$/m, 'title: 梧州市2023年法治政府建设情况报告')) });
    expect(errors(dir)).toEqual([
      `content/reports/zz-again.md:${YEAR_LINE}:1: year: 梧州市人民政府2023年度的法治政府建设年度报告已由 content/reports/wuzhou-2023.md 发布：同一发布机关每年每类报告只能有一份。如是更正，请修改原文件并在 corrections 中说明；如是另一类报告，请在头信息中用 kind 写明，例如 kind: 政府信息公开工作年度报告`,
    ]);
  });

  it('accepts a report of another kind from the same issuer and year, and reports of other years or issuers', () => {
    const dir = contentWith({
      'work.md': copy('wuzhou-2023-work', (t) => t.replace(/^title: .*$/m, 'title: 梧州市2023年政府工作报告')),
      'cangwu.md': copy('cangwu-2023', (t) => t.replace('issuer: 梧州市人民政府', 'issuer: 苍梧县人民政府')),
      'older.md': copy('wuzhou-2022', (t) => t.replace('year: 2023', 'year: 2022')),
    });
    expect(errors(dir)).toEqual([]);
    expect(checkContent(dir).reports).toHaveLength(4);
  });

  it('tells reports apart by issuer, year and kind, and reports of kind 其他 also by title', () => {
    const meta = { title: '梧州市2023年度法治政府建设工作报告', issuer: '梧州市人民政府', year: 2023, kind: '法治政府建设年度报告' } as const;
    expect(reportIdentity(meta)).toBe(reportIdentity({ ...meta, title: '梧州市2023年法治政府建设情况报告', issuer: '梧州市 人民政府' }));
    expect(reportIdentity(meta)).not.toBe(reportIdentity({ ...meta, kind: '政府信息公开工作年度报告' }));
    const other = { ...meta, kind: '其他' } as const;
    expect(reportIdentity(other)).not.toBe(reportIdentity({ ...other, title: '梧州市2023年度营商环境报告' }));
  });
});
