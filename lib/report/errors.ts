/** A problem found in a content file, located precisely enough for staff to fix it. */
export interface ContentProblem {
  /** Path of the file, relative to the project root (e.g. content/reports/wuzhou-2023.md). */
  file: string;
  /** 1-based line of the offending key or body construct. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The front-matter field or body construct (e.g. published, 正文). */
  field: string;
  /** What is wrong and how to fix it, in Chinese. */
  message: string;
  /** Errors stop the build; warnings are advice. Default error. */
  severity: 'error' | 'warning';
}

/** Formats a problem as `path:line:column: field: message`. */
export function formatProblem(p: ContentProblem): string {
  const tag = p.severity === 'warning' ? '（警告）' : '';
  return `${p.file}:${p.line}:${p.column}: ${p.field}: ${tag}${p.message}`;
}

/** Thrown when one or more content files are invalid; carries every problem found. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `内容检查发现 ${errors.length} 个错误，网站未发布：\n` + errors.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Shorthand for an error-severity problem. */
export function problem(
  file: string,
  line: number,
  field: string,
  message: string,
  column = 1,
): ContentProblem {
  // A place is always inside the file, whatever a parser reports (js-yaml can give line -8).
  const place = (n: number) => (Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1);
  return { file, line: place(line), column: place(column), field, message, severity: 'error' };
}

/** Problems listed per file; past this the rest are counted in one last line. */
export const MAX_PROBLEMS_PER_FILE = 100;

/**
 * A file's problems, at most MAX_PROBLEMS_PER_FILE of them, the rest summed up in one more
 * line (a file broken throughout would otherwise print thousands).
 */
export function capProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  if (problems.length <= MAX_PROBLEMS_PER_FILE) return [...problems];
  const kept = problems.slice(0, MAX_PROBLEMS_PER_FILE);
  const rest = problems.slice(MAX_PROBLEMS_PER_FILE);
  const errors = rest.filter((p) => p.severity === 'error').length;
  const last = kept.at(-1)!;
  return [...kept, {
    ...last,
    severity: errors > 0 ? 'error' : 'warning',
    message: `另有 ${rest.length} 个问题未列出（其中 ${errors} 个错误）：请先改正上面的问题，再重新检查`,
  }];
}
