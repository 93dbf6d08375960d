// @ts-check
/**
 * `npm run mutation`: StrykerJS over the parser (lib/report), the content loader
 * (lib/content) and the importer (lib/import), run by tests/mutation/run.ts, which prints
 * the score of each folder and fails when one is below 85%.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: [
    'lib/report/**/*.ts',
    'lib/content/**/*.ts',
    'lib/import/**/*.ts',
    // Only re-exports and types: nothing to mutate.
    '!lib/*/index.ts',
    '!lib/report/types.ts',
    '!lib/import/table-grid.ts',
  ],
  coverageAnalysis: 'perTest',
  // Mutants of code that only runs while a module loads (word lists, format tables, patterns)
  // would each need every test run again from a fresh start, minutes apiece on two cores:
  // they are reported as ignored, not tested.
  ignoreStatic: true,
  // Only mutants whose code or tests changed since the committed run are tested again.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  concurrency: 2,
  // The first run of all tests, instrumented, in one worker: minutes on a busy machine.
  dryRunTimeoutMinutes: 60,
  timeoutMS: 10_000,
  timeoutFactor: 2,
  reporters: ['json', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  // Build output and results: not needed by the tests, slow to copy into the sandbox.
  ignorePatterns: ['/.next', '/out', '/public/pagefind', '/audit-report', '/test-results', '/playwright-report', '/bench'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};

export default config;
