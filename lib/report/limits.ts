import type { Root } from 'mdast';
import type { ContentProblem } from './errors';
import { problem } from './errors';
import type { Place } from './outline';

/**
 * How big and how deeply built a report file may be. Each limit sits far above what real
 * reports need (measured on the Wuzhou report and three long 政府工作报告, copied to
 * tests/fixtures/limits: at most 78 KB, no nested blocks, 5 tree levels, 463 quantities, 60
 * markup symbols) and well below what makes the Markdown parser or a browser struggle: a
 * 2,000-deep quote, a 1,000-deep list or 100,000 nested brackets would otherwise hang or crash
 * `check` and the build. docs/publishing-guide.md lists them for staff.
 */
export const LIMITS = {
  /** Size of one report file in bytes (UTF-8): 1 MB, 13 times the longest real report. */
  fileBytes: 1024 * 1024,
  /** Quotes (>) and lists inside one another on one line. Real reports use none. */
  nesting: 10,
  /** Levels of the parsed document, inline formatting included. Real reports: 5. */
  treeDepth: 32,
  /** Markdown markup symbols (runs of * _ ~ `, and each [ or ]) in one file. Real reports: ≤ 60. */
  markup: 5_000,
  /** Quantities (数据) in one report. The most in a real report: 463. */
  quantities: 10_000,
} as const;

/**
 * A size in the units staff see in their file manager: 80 KB, 1.5 MB. Rounded up, so that a
 * file just over a limit never shows the limit's own figure (1 MB and 2 KB is 1.1 MB).
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  return `${(Math.ceil(bytes / 1024 / 1024 * 10) / 10).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** The problem of a file larger than LIMITS.fileBytes, or null. */
export function fileSizeProblem(file: string, bytes: number): ContentProblem | null {
  if (bytes <= LIMITS.fileBytes) return null;
  return problem(file, 1, '文件',
    `文件大小为 ${formatBytes(bytes)}，超过了 ${formatBytes(LIMITS.fileBytes)} 的上限（最长的真实报告约 80 KB）：请检查是否误粘贴了图片、重复的内容或其他文件`);
}

/** UTF-8 length of a string, without building the bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;

/**
 * How many quotes and lists a line opens, read from its start: each `>` and each list
 * marker counts one, and every 4 columns of indentation before the first of them one more
 * (a nested list is indented under its parent). An estimate that needs no parsing.
 */
export function lineNesting(line: string): number {
  if (THEMATIC_BREAK.test(line)) return 0;
  let depth = 0;
  let columns = 0;
  let i = 0;
  for (;;) {
    const c = line[i];
    if (c === ' ' || c === '\t') {
      if (depth === 0) columns += c === ' ' ? 1 : 4 - (columns % 4);
    } else if (c === '>') depth += 1;
    else {
      const marker = LIST_MARKER.exec(line.slice(i, i + 11));
      if (!marker) break;
      depth += 1;
      i += marker[0].length;
      continue;
    }
    i += 1;
  }
  return depth === 0 ? 0 : depth + Math.floor(columns / 4);
}

/** Markup symbols in one line: runs of * _ ~ ` and each [ or ], not counting \-escaped ones. */
function lineMarkup(line: string): number {
  let count = 0;
  let previous = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\') {
      i += 1;
      previous = '';
      continue;
    }
    if (c === '[' || c === ']') count += 1;
    else if ((c === '*' || c === '_' || c === '~' || c === '`') && c !== previous) count += 1;
    previous = c;
  }
  return count;
}

/**
 * Limits checked on the Markdown body before it is parsed, in one pass over its lines:
 * nesting per line and markup symbols per file. Each problem names the line where the
 * limit is passed.
 */
export function bodyLimitProblems(body: string, place: Place): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lines = body.split('\n');
  let markup = 0;
  let nestingReported = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const nesting = nestingReported ? 0 : lineNesting(line);
    if (nesting > LIMITS.nesting) {
      nestingReported = true;
      problems.push(problem(place.file, place.bodyLine + i, '正文',
        `这一行的引用（>）或列表嵌套了约 ${nesting} 层，超过了 ${LIMITS.nesting} 层的上限：请减少嵌套或缩进`));
    }
    const before = markup;
    markup += lineMarkup(line);
    if (before <= LIMITS.markup && markup > LIMITS.markup) {
      problems.push(problem(place.file, place.bodyLine + i, '正文',
        `到这一行为止，Markdown 标记符号（* _ ~ \` [ ]）已超过 ${LIMITS.markup} 个的上限：请检查是否粘贴了代码或乱码，正文中需要原样显示的符号请在前面加 \\`));
    }
  }
  return problems;
}

/** The deepest node of a parsed body, found without recursion; null when within the limit. */
export function treeDepthProblem(root: Root, place: Place): ContentProblem | null {
  const stack: { node: { children?: unknown[]; position?: { start: { line: number } } }; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > LIMITS.treeDepth) {
      const line = node.position ? node.position.start.line + place.bodyLine - 1 : place.bodyLine;
      return problem(place.file, line, '正文',
        `这里的格式（引用、列表、加粗、链接等）嵌套超过了 ${LIMITS.treeDepth} 层的上限：请减少嵌套`);
    }
    for (const child of node.children ?? []) stack.push({ node: child as typeof node, depth: depth + 1 });
  }
  return null;
}

/** The problem of a report with more quantities than LIMITS.quantities, at the part where the limit is passed. */
export function quantityProblem(file: string, line: number, count: number): ContentProblem {
  return problem(file, line, '正文',
    `报告中的数据（带单位的数字）已有 ${count} 个，超过了 ${LIMITS.quantities} 个的上限（最多的真实报告约 500 个）：请检查是否粘贴了表格数据或重复的内容`);
}
