/**
 * `npm run build`: checks the content and builds the site, and leaves the site as it was when
 * any step fails.
 *
 * 1. The content check, which hands the parsed content to the pages in
 *    .next/cache/portal-content.json; then the page script (`npm run islands`).
 * 2. `next build`: compile, type check and the pages.
 * 3. Data files, CSP hashes and search index side by side (parallel-steps.ts), then the index
 *    is published into public/pagefind/.
 *
 * Running the check beside Next.js's compile and type check was tried: on two cores each went
 * slower by as much as the other took (1,000 reports: 28.7 s for both against 26 s one after
 * the other), as with every memory-heavy pair measured on this machine (docs/performance.md).
 *
 * A failed build leaves no half-built site: the build output already in .next/ is set aside
 * (into .next/cache/previous-build/, kept with the compile cache, which `next build` does not
 * empty) before anything is written, and put back when any step fails or the build is
 * interrupted; so is the page script. A build that dies without putting it back (a power cut)
 * has it put back by the next build, before that one starts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ISLANDS_DIR } from '../site/islands';
import { runCommand, runParallelSteps, stopRunning, whenStopped } from './parallel-steps';

const root = process.cwd();
const NEXT_DIR = path.join(root, '.next');
/** Where the build being replaced waits until this one has succeeded. */
const PREVIOUS = path.join(NEXT_DIR, 'cache', 'previous-build');
/** The check's parsed content, read by the pages instead of parsing every report again. */
const CONTENT_CACHE = '.next/cache/portal-content.json';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1' };
const withContent = { ...env, PORTAL_CONTENT_CACHE: CONTENT_CACHE };

/** The page scripts in public/js/ before this build, to put back with the build they belong to. */
function savePageScripts(): Map<string, Buffer> {
  const dir = path.join(root, ISLANDS_DIR);
  const saved = new Map<string, Buffer>();
  for (const name of existsSync(dir) ? readdirSync(dir) : []) saved.set(name, readFileSync(path.join(dir, name)));
  return saved;
}

function restorePageScripts(saved: Map<string, Buffer>): void {
  const dir = path.join(root, ISLANDS_DIR);
  rmSync(dir, { recursive: true, force: true });
  if (saved.size === 0) return;
  mkdirSync(dir, { recursive: true });
  for (const [name, body] of saved) writeFileSync(path.join(dir, name), body);
}

/** Everything in .next/ but the caches. */
const buildOutput = () => (existsSync(NEXT_DIR) ? readdirSync(NEXT_DIR).filter((name) => name !== 'cache') : []);

/** Moves the current build output aside (into PREVIOUS). */
function setAsidePreviousBuild(): void {
  const names = buildOutput();
  if (names.length === 0) return;
  mkdirSync(PREVIOUS, { recursive: true });
  for (const name of names) renameSync(path.join(NEXT_DIR, name), path.join(PREVIOUS, name));
}

/** Removes what this build wrote to .next/ and puts the previous build back (if there was one). */
function restorePreviousBuild(): void {
  for (const name of buildOutput()) rmSync(path.join(NEXT_DIR, name), { recursive: true, force: true });
  if (!existsSync(PREVIOUS)) return;
  for (const name of readdirSync(PREVIOUS)) renameSync(path.join(PREVIOUS, name), path.join(NEXT_DIR, name));
  rmSync(PREVIOUS, { recursive: true, force: true });
}

async function main(): Promise<number> {
  const started = performance.now();
  // A leftover of a build that died is the site's last good build: put back before anything else.
  if (existsSync(PREVIOUS)) restorePreviousBuild();
  const hadBuild = buildOutput().length > 0;
  let scripts: Map<string, Buffer> | null = null;
  let finished = false;
  let gaveUp = false;
  let interrupted = false;
  const giveUp = (reason: string): number => {
    const why = interrupted ? '构建被中断' : reason;
    // Once: an interrupted step also ends the step the build was waiting for.
    if (gaveUp) return 1;
    gaveUp = true;
    if (scripts) {
      restorePreviousBuild();
      restorePageScripts(scripts);
    }
    console.error(`\n构建失败：${why}。${hadBuild ? '网站仍是上一次构建的样子' : '没有生成任何页面'}，请按上方的提示处理后重试。`);
    return 1;
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      interrupted = true;
      stopRunning(signal);
      // Put the previous build back only once the steps have stopped writing.
      void whenStopped().then(() => {
        if (!finished) giveUp('构建被中断');
        process.exit(1);
      });
    });
  }

  // 1. The content check, then the page script. A failed check stops the build before
  // anything is written; until the site's own files are replaced (the page script, then
  // next build) a running server keeps serving them.
  const check = await runCommand('内容检查', 'npm', ['run', '--silent', 'report', '--', 'check', '--cache', CONTENT_CACHE], { env, live: true });
  if (check.code !== 0) return giveUp('内容检查未通过');
  scripts = savePageScripts();
  setAsidePreviousBuild();
  const islands = await runCommand('npm run islands', 'npm', ['run', '--silent', 'islands'], { env, live: true });
  if (islands.code !== 0) return giveUp('页面脚本（npm run islands）未能生成');

  // 2. The site: Next.js's compile, type check and pages.
  const secs = (ms: number) => `${(ms / 1000).toFixed(1)} 秒`;
  // Next.js's own entry, not npx: an npm process left waiting beside the build's largest step is memory for nothing.
  const pages = await runCommand('next build', process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], { env: withContent, live: true });
  if (pages.code !== 0) return giveUp('next build 未完成');

  // 3. Data files, CSP hashes and search index; then the index is published.
  const after = await runParallelSteps(['files', 'csp', 'index'], { env: withContent });
  const failed = after.filter((r) => r.code !== 0).map((r) => `npm run ${r.step}`);
  if (failed.length > 0) return giveUp(`${failed.join('、')} 未完成`);
  const publish = await runCommand('npm run index -- --publish', 'npm', ['run', '--silent', 'index', '--', '--publish'], { env, live: true });
  if (publish.code !== 0) return giveUp('搜索索引未能发布');
  rmSync(PREVIOUS, { recursive: true, force: true });
  const afterSeconds = Math.max(...after.map((r) => r.seconds)) * 1000;
  console.log(
    `\n构建完成：共 ${secs(performance.now() - started)}（内容检查 ${secs(check.seconds * 1000)}，next build ${secs(pages.seconds * 1000)}，` +
      `数据文件、CSP 与搜索索引 ${secs(afterSeconds)}）。`,
  );
  finished = true;
  return 0;
}

// exitCode, not exit(): output may still be on its way down a pipe.
process.exitCode = await main();
