import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { ContentProblem } from './errors';
import { problem } from './errors';

/** The YAML header of a content file, split from its Markdown body. */
export interface FrontMatter {
  /** Parsed YAML (not yet validated). */
  data: unknown;
  /** Markdown body after the closing `---`. */
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** Raw YAML lines; `yamlLines[i]` is line i + 2 of the file. */
  yamlLines: string[];
}

const REFUSE = (lang: string) => () => {
  throw new Error(`refused front matter language: ${lang}`);
};

/**
 * YAML with the core schema: strings, numbers, booleans, lists and maps only. The default
 * schema also reads dates, and rolls impossible ones over without a word (2024-13-45 becomes
 * 2025-02-14); here every date stays the text staff wrote, for the schema to check.
 */
const yamlEngine = {
  parse: (text: string): object => yaml.safeLoad(text, { schema: yaml.CORE_SCHEMA }) as object,
  stringify: (data: object): string => yaml.safeDump(data, { schema: yaml.CORE_SCHEMA }),
};

/**
 * The YAML engine, and engines that would run content as code replaced by ones that refuse
 * (defence in depth).
 */
const SAFE_ENGINES = {
  yaml: yamlEngine,
  js: REFUSE('js'),
  javascript: REFUSE('javascript'),
  coffee: REFUSE('coffee'),
  coffeescript: REFUSE('coffeescript'),
  cson: REFUSE('cson'),
};

/** Normalises line endings and drops a leading byte-order mark (files saved by Notepad/WPS). */
export function normaliseSource(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

interface YamlErrorLike {
  mark?: { line?: number; column?: number };
  reason?: string;
}

/**
 * Splits a content file into YAML front matter and body. Refuses every front-matter
 * language but YAML, and never executes content.
 */
export function splitFrontMatter(
  rawSource: string,
  file: string,
): { frontMatter?: FrontMatter; problems: ContentProblem[] } {
  const source = normaliseSource(rawSource);
  const firstLine = source.slice(0, source.indexOf('\n') >>> 0);
  if (!/^---[ \t]*$/.test(firstLine.split('\n')[0] ?? '')) {
    const lang = /^---\s*(\S+)/.exec(firstLine)?.[1];
    const message = lang
      ? `头信息只支持 YAML 格式，不支持“${lang}”。请把第一行改为 ---`
      : '文件应以一行 --- 开头，后接 YAML 格式的头信息（title、year 等），再以一行 --- 结束';
    return { problems: [problem(file, 1, '头信息', message)] };
  }
  if (!/\n---[ \t]*(\n|$)/.test(source.slice(3))) {
    return { problems: [problem(file, 1, '头信息', '头信息缺少结束行 ---：请在最后一个字段之后单独写一行 ---')] };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source, { language: 'yaml', engines: SAFE_ENGINES });
  } catch (error) {
    const e = error as YamlErrorLike;
    // gray-matter hands js-yaml the header with the line break that ends the opening --- in
    // front: js-yaml's line 0 is the file's line 1, its line k the file's line k + 1.
    const line = (e.mark?.line ?? 0) + 1;
    const column = (e.mark?.column ?? 0) + 1;
    const reason = e.reason ? `（${e.reason}）` : '';
    return {
      problems: [
        problem(file, line, '头信息', `YAML 格式有误${reason}：请检查冒号、缩进和引号`, column),
      ],
    };
  }
  const body = parsed.content;
  const head = source.slice(0, source.length - body.length);
  const bodyLine = head.split('\n').length;
  const yamlEnd = head.lastIndexOf('\n---');
  const yamlLines = source.slice(source.indexOf('\n') + 1, Math.max(yamlEnd + 1, 0)).split('\n');
  // gray-matter may hand back a cached object: copy, never mutate.
  const data: unknown = parsed.data == null ? {} : structuredClone(parsed.data);
  return { frontMatter: { data, body, bodyLine, yamlLines }, problems: [] };
}

/** Indentation of a YAML line, counting a list dash as indentation of the key after it. */
function keyIndent(line: string): number {
  const m = /^(\s*)(-\s+)?/.exec(line);
  return (m?.[1]?.length ?? 0) + (m?.[2]?.length ?? 0);
}

const isBlank = (line: string) => line.trim() === '' || line.trimStart().startsWith('#');
const isItem = (line: string) => /^\s*-(\s|$)/.test(line);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The lines belonging to the key (its children) or list item (itself and its keys) at `hit`. */
function blockOf(lines: readonly string[], block: number[], hit: number, item: boolean): number[] {
  const text = (i: number) => lines[i] ?? '';
  const own = item ? text(hit).search(/\S/) : keyIndent(text(hit));
  const depth = (i: number) => (item ? text(i).search(/\S/) : keyIndent(text(i)));
  const after = block.filter((i) => i > hit);
  const stop = after.find((i) => !isBlank(text(i)) && depth(i) <= own);
  const inside = after.filter((i) => stop === undefined || i < stop);
  return item ? [hit, ...inside] : inside;
}

/**
 * The 1-based file line of a front-matter field, following a validation path such as
 * ['attachments', 1, 'url']. Falls back to the nearest enclosing key, then to line 1.
 */
export function locateField(yamlLines: readonly string[], path: readonly PropertyKey[]): number {
  let block = yamlLines.map((_, i) => i);
  let found = -1;
  for (const segment of path) {
    const lines = block.filter((i) => !isBlank(yamlLines[i] ?? ''));
    let hit: number | undefined;
    if (typeof segment === 'number') {
      const items = lines.filter((i) => isItem(yamlLines[i] ?? ''));
      const level = items.reduce((min, i) => Math.min(min, (yamlLines[i] ?? '').search(/\S/)), Infinity);
      hit = items.filter((i) => (yamlLines[i] ?? '').search(/\S/) === level)[segment];
    } else {
      const level = lines.reduce((min, i) => Math.min(min, keyIndent(yamlLines[i] ?? '')), Infinity);
      const key = new RegExp(`^\\s*(-\\s+)?${escapeRegExp(String(segment))}\\s*:`);
      hit = lines.find((i) => keyIndent(yamlLines[i] ?? '') === level && key.test(yamlLines[i] ?? ''));
    }
    if (hit === undefined) break;
    found = hit;
    block = blockOf(yamlLines, block, hit, typeof segment === 'number');
  }
  return found < 0 ? 1 : found + 2;
}
