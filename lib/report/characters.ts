import type { ContentProblem } from './errors';
import { problem } from './errors';
import { locateField } from './front-matter';

/**
 * Characters no report may contain: control characters other than tab and line feed (Word
 * writes U+000B for a manual line break, and copied web text brings others), and the
 * non-characters U+FFFE, U+FFFF and unpaired surrogates. They are invisible on the page and
 * make XML (the Atom feed, the sitemap) invalid, so they are refused with their place.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'g');

const NAMES: Readonly<Record<number, string>> = {
  0x00: '空字符',
  0x0b: '垂直制表符（Word 的手动换行符）',
  0x0c: '换页符',
  0x7f: '删除符',
  0x85: '下一行符',
};

/** Problems are listed per line, up to this many per file; the rest are counted. */
const MAX_LINES_LISTED = 20;

/** U+000B and, where it has one, its Chinese name. */
function describe(char: string): string {
  const code = char.charCodeAt(0);
  const name = NAMES[code];
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` ${name}` : ''}`;
}

function message(char: string, column: number): string {
  return `第 ${column} 列有一个看不见的控制字符 ${describe(char)}（常见于从 Word 或网页复制的文字，会使订阅源等文件无法读取）：请删除它；原文在这里换行的，请直接换行`;
}

/** True when the text holds a forbidden character. */
export function hasForbiddenCharacter(text: string): boolean {
  return FORBIDDEN.test(text);
}

/**
 * One problem per line that holds forbidden characters, at the first of them. `lines[i]` is
 * line `firstLine + i` of the file; `fieldOf` names the field or construct of a line.
 */
export function forbiddenCharacterProblems(
  lines: readonly string[],
  file: string,
  firstLine: number,
  fieldOf: (line: number) => string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let more = 0;
  for (let i = 0; i < lines.length; i++) {
    const at = (lines[i] ?? '').search(FORBIDDEN);
    if (at < 0) continue;
    if (problems.length === MAX_LINES_LISTED) {
      more += 1;
      continue;
    }
    const line = firstLine + i;
    problems.push(problem(file, line, fieldOf(line), message(lines[i]![at]!, at + 1), at + 1));
  }
  if (more > 0) {
    const last = problems.at(-1)!;
    problems.push(problem(file, last.line, last.field, `另有 ${more} 行也含有看不见的控制字符：请逐一删除`, last.column));
  }
  return problems;
}

/** Every string in parsed front matter, with its path (['attachments', 0, 'title']). */
function strings(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]));
  return [];
}

/**
 * Forbidden characters in front-matter values that the YAML text does not show as such:
 * written as escapes ("\v", "\x0b") inside double quotes.
 */
export function escapedCharacterProblems(data: unknown, yamlLines: readonly string[], file: string): ContentProblem[] {
  return strings(data)
    .filter(({ text }) => FORBIDDEN.test(text))
    .slice(0, MAX_LINES_LISTED)
    .map(({ path, text }) => {
      const char = FORBIDDEN.exec(text)?.[0] ?? '';
      const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
      return problem(file, locateField(yamlLines, path), field,
        `含有看不见的控制字符 ${describe(char)}（在引号中写成了转义符，例如 \\v）：请删除它`);
    });
}

/**
 * Removes forbidden characters, for XML output: the last defence behind the checks above
 * (a character reference such as &#12; in the body still puts a form feed into the text).
 */
export function removeForbiddenCharacters(text: string): string {
  return text.replace(FORBIDDEN_ALL, '');
}
