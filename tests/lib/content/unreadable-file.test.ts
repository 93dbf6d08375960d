import type * as fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { checkContent } from '@/lib/content';
import { formatProblem } from '@/lib/report';

/** The file that the file system refuses to read, as it does without read permission. */
const LOCKED = 'content/reports/wuzhou-2023.md';

// Tests run as root here, for whom no permission is ever missing: the refusal is simulated.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  const readFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (String(file).endsWith(LOCKED)) throw Object.assign(new Error(`EACCES: permission denied, open '${String(file)}'`), { code: 'EACCES' });
    return (real.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFileSync;
  return { ...real, readFileSync, default: { ...real, readFileSync } };
});

describe('a report file that may not be read', () => {
  it('is named with a hint to check its permissions, and is not published', () => {
    const checked = checkContent(process.cwd());
    expect(checked.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      `${LOCKED}:1:1: 文件: 无法读取这个文件：请检查文件权限`,
    ]);
    expect(checked.reports).toEqual([]);
  });
});
