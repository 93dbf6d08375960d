import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir';

const ROOT = process.cwd();
const GUIDE = readFileSync(path.join(ROOT, 'docs/publishing-guide.md'), 'utf8');

/** The command lines of the guide's quick steps: the first sh block after the 快速步骤 heading. */
function quickSteps(): string[] {
  const from = GUIDE.indexOf('快速步骤');
  const block = /```sh\n([\s\S]*?)```/.exec(GUIDE.slice(from))?.[1] ?? '';
  return block.split('\n').filter((line) => line.trim() !== '');
}

/** A fresh copy of the project (what a clone holds), sharing the installed node_modules. */
function freshCopy(): string {
  const dir = tempDir('guide');
  for (const entry of ['package.json', 'tsconfig.json', 'lib', 'content', 'docs']) {
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** The fixture report as a Word document: one paragraph per line, indented as Word text is. */
async function fixtureDocx(file: string): Promise<void> {
  const lines = readFileSync(path.join(ROOT, 'tests/fixtures/guide/report.txt'), 'utf8').trim().split('\n');
  const doc = new Document({ sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
  writeFileSync(file, await Packer.toBuffer(doc));
}

/** What a member of staff would type for the fields the import summary asks for. */
const ANSWERS: Record<string, string> = {
  source: '梧州市人民政府办公室',
  published: '2025-01-21 08:55',
};

/** The step between import and check: fill in each field the summary lists, as staff would. */
function fillFrontMatter(file: string, summary: string): void {
  const asked = [...summary.matchAll(/^(?:请补填头信息：(.*)|  (\w+)：.*请.*)$/gm)]
    .flatMap((m) => (m[1] ? [...m[1].matchAll(/(\w+)（/g)].map((f) => f[1] ?? '') : [m[2] ?? '']));
  let text = readFileSync(file, 'utf8');
  for (const field of asked) {
    const answer = ANSWERS[field];
    if (answer === undefined) throw new Error(`导入摘要要求填写 ${field}，测试没有准备答案`);
    text = text.replace(new RegExp(`^${field}:.*$`, 'm'), `${field}: ${answer}`);
  }
  writeFileSync(file, text);
}

const GIT_IDENTITY = { GIT_AUTHOR_NAME: '测试', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: '测试', GIT_COMMITTER_EMAIL: 'test@example.invalid' };

describe('docs/publishing-guide.md', () => {
  it('publishes a new report when its quick steps are followed literally with a Word document', async () => {
    const dir = freshCopy();
    const sh = (line: string) => spawnSync('sh', ['-c', line], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY } });
    sh('git init -q && git add -A && git commit -qm 初始');
    const outputs: string[] = [];
    for (const line of quickSteps()) {
      if (line.includes('补填')) {
        fillFrontMatter(path.join(dir, 'content/reports/wuzhou-2024.md'), outputs.join('\n'));
        continue;
      }
      // A comment, the preview server (a person looks at the page) and the push (no remote here).
      if (line.startsWith('#') || line === 'npm run dev' || line === 'git push') continue;
      const document = /\S+\.docx/.exec(line)?.[0];
      if (document) await fixtureDocx(path.join(dir, '报告.docx'));
      const result = sh(document ? line.replace(document, '报告.docx') : line);
      expect(result.status, `${line}\n${result.stdout}\n${result.stderr}`).toBe(0);
      outputs.push(result.stdout);
    }
    const [imported = '', json = '', check = ''] = outputs;
    expect(imported).toContain('合计：3 个部分，4 个小点，8 个数据');
    expect(JSON.parse(json.slice(json.indexOf('{'))).meta).toMatchObject({ slug: 'wuzhou-2024', year: 2024, source: '梧州市人民政府办公室' });
    expect(check).toContain('检查通过');
    expect(sh('git log --format=%s -1').stdout.trim()).toBe('发布梧州市2024年度法治政府建设工作报告');
  }, 120_000);
});

describe('the limits in the publishing guide', () => {
  it('state every limit of lib/report/limits.ts with its current value', async () => {
    const { LIMITS, formatBytes } = await import('@/lib/report/limits');
    const table = GUIDE.slice(GUIDE.indexOf('## 十三、文件的要求和上限'), GUIDE.indexOf('## 十四、'));
    expect(table).toContain(`| 文件大小 | ${formatBytes(LIMITS.fileBytes)} |`);
    expect(table).toContain(`| ${LIMITS.nesting} 层 |`);
    expect(table).toContain(`| ${LIMITS.treeDepth} 层 |`);
    expect(table).toContain(`| ${LIMITS.markup} 个 |`);
    expect(table).toContain(`| ${LIMITS.quantities} 个 |`);
  });
});
