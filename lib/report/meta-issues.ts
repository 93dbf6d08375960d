import type { z } from 'zod';
import type { ContentProblem } from './errors';
import { problem } from './errors';
import { locateField } from './front-matter';

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  // zod names a whole number so (section: 1.5).
  int: '整数',
  array: '列表（每项一行，以 - 开头）',
  object: '一组字段',
  boolean: 'true 或 false',
};

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

/** A Chinese explanation of one zod issue, for staff. */
function explain(issue: z.core.$ZodIssue): string {
  if (hasChinese(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少必填字段：请在头信息中加上这一项';
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' ? '至少需要填写一项' : issue.origin === 'string' ? '不能为空' : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return `不能大于 ${String(issue.maximum)}`;
    default:
      return '取值不正确，请对照发布指南检查';
  }
}

/** Dotted field name for messages, e.g. attachments[1].url. */
function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('') || '头信息';
}

/** Turns front-matter validation issues into located problems, one per field. */
export function metaProblems(
  issues: readonly z.core.$ZodIssue[],
  yamlLines: readonly string[],
  file: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push(problem(file, locateField(yamlLines, path), fieldName(path),
          '不是可用的字段：请检查拼写，或删除这一行（可用字段见发布指南）'));
      }
      continue;
    }
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const line = missing ? locateField(yamlLines, issue.path.slice(0, -1)) : locateField(yamlLines, issue.path);
    problems.push(problem(file, line, fieldName(issue.path), explain(issue)));
  }
  return problems.sort((a, b) => a.line - b.line);
}
