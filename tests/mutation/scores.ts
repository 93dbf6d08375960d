/** The mutant statuses of Stryker's JSON report (mutation-testing-report-schema). */
export type MutantStatus = 'Killed' | 'Survived' | 'NoCoverage' | 'CompileError' | 'RuntimeError' | 'Timeout' | 'Ignored' | 'Pending';

/** The part of reports/mutation/mutation.json that the scores are read from. */
export interface MutationReport {
  files: Record<string, { mutants: readonly { status: MutantStatus; statusReason?: string }[] }>;
}

/** The folders mutated by `npm run mutation`, each of which must reach THRESHOLD. */
export const FOLDERS = ['lib/report', 'lib/content', 'lib/import'] as const;

/** The lowest mutation score a folder may have, in percent. */
export const THRESHOLD = 85;

/** What became of the mutants of one folder. */
export interface FolderScore {
  folder: string;
  killed: number;
  survived: number;
  noCoverage: number;
  /** Mutants that made the tests run past their time (an endless loop): detected, not counted in the score. */
  timeout: number;
  /** Mutants marked equivalent (`// Stryker disable … : reason`): no test can tell them apart. */
  equivalent: number;
  /** Mutants of code run only while a module loads (tables, patterns), left out by ignoreStatic. */
  static: number;
  /** Mutants that did not compile or crashed the test runner. */
  errors: number;
  /** killed ÷ (killed + survived + no coverage), in percent, one decimal; null when there is nothing to score. */
  score: number | null;
}

/** Stryker's reason for a mutant left out by ignoreStatic. */
const STATIC_REASON = /^Static mutant/;

/** The score of each folder in FOLDERS, from a Stryker JSON report. */
export function folderScores(report: MutationReport): FolderScore[] {
  return FOLDERS.map((folder) => {
    const counts: FolderScore = { folder, killed: 0, survived: 0, noCoverage: 0, timeout: 0, equivalent: 0, static: 0, errors: 0, score: null };
    const files = Object.entries(report.files).filter(([file]) => file.startsWith(`${folder}/`));
    for (const { status, statusReason } of files.flatMap(([, f]) => f.mutants)) {
      if (status === 'Killed') counts.killed += 1;
      else if (status === 'Survived') counts.survived += 1;
      else if (status === 'NoCoverage') counts.noCoverage += 1;
      else if (status === 'Timeout') counts.timeout += 1;
      else if (status === 'Ignored' && STATIC_REASON.test(statusReason ?? '')) counts.static += 1;
      else if (status === 'Ignored') counts.equivalent += 1;
      else counts.errors += 1;
    }
    const scored = counts.killed + counts.survived + counts.noCoverage;
    counts.score = scored === 0 ? null : Math.floor((counts.killed / scored) * 1000) / 10;
    return counts;
  });
}

/** The folders below THRESHOLD (a folder with nothing to score is not below it). */
export function foldersBelow(scores: readonly FolderScore[]): FolderScore[] {
  return scores.filter((s) => s.score !== null && s.score < THRESHOLD);
}
