import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content';
import type { Report } from '@/lib/report';
import { findScriptTexts } from '@/lib/security/script-elements';
import { listIssuers } from '../../support/issuers';
import { tempDir } from '../../temp-dir';
import { ROOT, runCli } from './run-cli';

/** Pieces of report Markdown, hostile ones included, that random bodies are made of. */
const TOKENS = [
  '\n', '\n\n', '## 一、加强领导', '## 二、', '## 三、', '# ', '### ', '一是', '二是', '（一）', '（二）', '1.', '2. ', '***', '---',
  '> ', '>>', '- ', '* ', '+ ', '   ', '    ', '\t', '\u3000', '**', '*', '_', '__', '~~', '`', '```', '~~~', '\\',
  '[', ']', '(', ')', '![', '](', '"', "'", '|', '<', '>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  '[链接](/files/a.pdf "<script>x</script>")', '[x](javascript:alert(1))', '&#11;', '&#12;', '&amp;', '&#x0;',
  '12件', '99.84%', '2631.54万元', '第2名', '近480批次', '1/4', '“', '”', '《', '》', '（', '）', '。', '，', '；',
  '附：名词解释', '特此报告。', '\u000b', '\u0000', '\u007f', '\u0085', '\uFFFE', '\uD800', '\uDC00', '😀', '梧州市', '正文',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const randomMarkdown = fc.array(piece, { maxLength: 160 }).map((pieces) => pieces.join(''));
/** Markup without the characters every check refuses, for text that may pass. */
const markup = fc.array(fc.constantFrom(...TOKENS.filter((t) => !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\ud800-\udfff]/.test(t))), { maxLength: 30 })
  .map((pieces) => pieces.join(''));
/** Markup inside a report's usual frame. */
const framed = markup.map((text) => `引言。\n\n## 一、加强领导\n\n${text}\n\n## 二、强化监督\n\n办理案件12件。\n`);
const markdown = fc.oneof(randomMarkdown, framed);

/** A front-matter value as YAML: usually a JSON scalar (valid YAML), sometimes raw text. */
const scalar = fc.oneof(
  fc.string({ maxLength: 20 }).map((s) => JSON.stringify(s)),
  fc.constantFrom('示例市2023年度法治政府建设工作报告', '2023', '2024-01-21 08:55', '2024-13-45', '0000-00-00', '"\\v"', '"a\\u0000b"',
    '/files/a.pdf', '/\\evil.example/x.pdf', '//evil.example/a', 'https://example.gov.cn/a', 'sample-2023', '[a, b]', '{a: 1}', '', '~', '- x', '*anchor', '&a x', '!!binary aGk='),
  fc.string({ maxLength: 20 }),
  fc.integer().map(String),
);
/** A valid front matter that random lines override or extend, so that some files pass. */
const VALID = ['title: 示例市2023年度法治政府建设工作报告', 'year: 2023', 'issuer: 示例市人民政府', 'source: 示例市人民政府办公室',
  'published: 2024-01-21 08:55', 'columns: [法治政府建设, 年度报告]', 'slug: fuzz-2023'];
const KEYS = ['title', 'year', 'issuer', 'source', 'published', 'columns', 'slug', 'description', 'closingTitle', 'figures', 'extra'];
const entry = fc.tuple(fc.constantFrom(...KEYS), scalar).map(([key, value]) => `${key}: ${value}`);
const list = (key: string, fields: string[]) => fc.array(fc.array(fc.tuple(fc.constantFrom(...fields), scalar), { minLength: 1, maxLength: 3 }), { maxLength: 3 })
  .map((items) => (items.length === 0 ? '' : `${key}:${items.map((pairs) => `\n  - ${pairs.map(([f, v]) => `${f}: ${v}`).join('\n    ')}`).join('')}`));

const frontMatter = fc.tuple(fc.boolean(), fc.array(entry, { maxLength: 6 }), list('attachments', ['title', 'url', 'note']),
  list('corrections', ['date', 'note']), fc.array(fc.string({ maxLength: 30 }), { maxLength: 1 }))
  .map(([valid, entries, attachments, corrections, junk]) => {
    const lines = valid ? [...VALID.filter((l) => !entries.some((e) => e.split(':')[0] === l.split(':')[0])), ...entries] : entries;
    return [...lines, attachments, corrections, ...junk].filter(Boolean).join('\n');
  });

/** A report file: front matter and body; valid front matter and framed markup (of which many pass); or random bytes. */
const reportFile = fc.oneof(
  { weight: 3, arbitrary: framed.map((body) => Buffer.from(`---\n${VALID.join('\n')}\n---\n${body}`)) },
  { weight: 9, arbitrary: fc.tuple(frontMatter, markdown, fc.boolean()).map(([head, body, closed]) => Buffer.from(`---\n${head}\n${closed ? '---\n' : ''}${body}`)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)) },
);

/** The messages that mean something threw where it should not have. */
const CRASH = /检查这个文件时程序出错|命令执行时出错/;
const FILE = 'content/reports/fuzz.md';
/** Far above the few milliseconds a run takes: a run this slow is a hang in the making. */
const RUN_LIMIT_MS = 3_000;

/** The HTML of every rendered part of a report. */
function renderedHtml(report: Report): string[] {
  return [report.intro.html, ...report.sections.flatMap((s) => [s.lead.html, ...s.points.map((p) => p.html)]), report.closing?.html ?? '', ...report.appendices.map((a) => a.html)];
}

describe('npm run report -- check on random Markdown and front matter', () => {
  it('never throws or hangs, locates every problem, and passes only what the CSP step would accept', async () => {
    const root = tempDir('fuzz');
    cpSync(path.join(ROOT, 'content/site.yaml'), path.join(root, 'content/site.yaml'));
    cpSync(path.join(ROOT, 'content/reports/wuzhou-2023.md'), path.join(root, 'content/reports/wuzhou-2023.md'));
    listIssuers(root, ['示例市人民政府']);
    let slowest = 0;
    let passed = 0;
    await fc.assert(
      fc.asyncProperty(reportFile, async (bytes) => {
        writeFileSync(path.join(root, FILE), bytes);
        const started = performance.now();
        const { code, stderr } = await runCli(['check', FILE], root);
        const checked = checkContent(root, [FILE]);
        slowest = Math.max(slowest, performance.now() - started);
        expect(stderr).not.toMatch(CRASH);
        expect([0, 1]).toContain(code);
        for (const p of checked.problems) {
          expect(p.file).toBe(p.file === 'content/site.yaml' ? 'content/site.yaml' : FILE);
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeGreaterThanOrEqual(1);
          expect(p.message).toMatch(/[\u4e00-\u9fff]/);
        }
        for (const line of stderr.split('\n').filter((l) => l.startsWith('content/'))) expect(line).toMatch(/^content\/[\w./-]+:\d+:\d+: \S/);
        for (const report of checked.reports) for (const html of renderedHtml(report)) expect(findScriptTexts(html)).toEqual([]);
        expect(performance.now() - started).toBeLessThan(2 * RUN_LIMIT_MS);
        if (code === 0) passed += 1;
      }),
      { numRuns: 400, interruptAfterTimeLimit: 45_000 },
    );
    expect(slowest).toBeLessThan(RUN_LIMIT_MS);
    // Some random files pass, so the last property above was put to the test.
    expect(passed).toBeGreaterThan(0);
  }, 120_000);
});
