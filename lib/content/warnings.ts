import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../report';
import { readReport, reportWarnings } from '../report';

/** Warnings (late publication, missing parts, suspicious numbers) for each valid report file. */
export function reportWarningsFor(root: string, files: readonly string[]): ContentProblem[] {
  return files.flatMap((file) => {
    let source: string;
    try {
      source = readFileSync(path.resolve(root, file), 'utf8');
    } catch {
      return [];
    }
    const { report } = readReport(source, file);
    return report ? reportWarnings(report, source, file) : [];
  });
}
