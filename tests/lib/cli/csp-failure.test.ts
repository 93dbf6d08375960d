import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainCspFailure } from '@/lib/cli/csp-failure';
import { buildCspManifest } from '@/lib/security/csp-manifest';
import { UnknownInlineScriptError } from '@/lib/security/inline-scripts';
import { tempDir } from '../../temp-dir';

/** A project with one report file and a built page for it holding a script-like link title. */
function project(): { root: string; html: string } {
  const root = tempDir('csp-failure');
  mkdirSync(path.join(root, 'content/reports'), { recursive: true });
  writeFileSync(path.join(root, 'content/reports/x-2023.md'), [
    '---', 'title: 示例', 'slug: x-2023', '---', '', '引言。', '', '见[文件](/f.pdf "<script>alert(1)</script>")。', '',
  ].join('\n'));
  const html = path.join(root, 'html');
  mkdirSync(path.join(html, 'reports'), { recursive: true });
  writeFileSync(path.join(html, 'reports/x-2023.html'), '<p>见<a href="/f.pdf" title="<script>alert(1)</script>">文件</a>。</p>');
  return { root, html };
}

describe('a failed CSP step', () => {
  it('names the report file and line the script came from, not a built HTML file', () => {
    const { root, html } = project();
    let error: unknown;
    try {
      buildCspManifest(html);
    } catch (e) {
      error = e;
    }
    expect(explainCspFailure(error, root)).toBe(
      'content/reports/x-2023.md:8:1: 正文: 报告页面 /reports/x-2023 中出现了会被当作网页脚本的内容（“alert(1)”），安全检查（CSP）不允许发布：请删去这段文字中的“<script”；如不清楚原因，请把这条提示发给网站技术人员。',
    );
  });

  it('says when a page that is no report holds the script, so staff know it is not their content', () => {
    const { root } = project();
    const other = new UnknownInlineScriptError('index.html', 'window.evil = 1');
    expect(explainCspFailure(other, root)).toBe(
      '页面 /（index.html）中有一段未知的网页脚本（“window.evil = 1”），安全检查（CSP）不允许：这不是报告内容的问题，请把这条提示发给网站技术人员（lib/security/inline-scripts.ts）。',
    );
  });

  it('never shows a stack trace for any other failure', () => {
    expect(explainCspFailure(new RangeError('Maximum call stack size exceeded'), '/nowhere')).toBe(
      '安全检查（CSP）出错（RangeError: Maximum call stack size exceeded）：请把这条提示发给网站技术人员。',
    );
  });
});
