import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The unit tests as `npm run mutation` runs them against each mutant (stryker.config.mjs).
 * Left out: tests whose code under test runs in another process (a mutant is not active
 * there, so they can kill nothing and only cost minutes per mutant), and randomised fuzzing,
 * whose inputs differ from run to run and so cannot give a reproducible score.
 */
export default mergeConfig(base, defineConfig({
  test: {
    exclude: [
      // Clones the repository and runs the whole suite in a child process.
      'tests/repo/**',
      // Start the CLI or the guide's shell commands as child processes.
      'tests/lib/cli/report-cli.test.ts',
      'tests/docs/publishing-guide.test.ts',
      // Random input (fast-check): a different sample each run.
      'tests/lib/cli/check-fuzz.test.ts',
      // Reads the committed mutation report, which is not copied into Stryker's sandbox.
      'tests/mutation/**',
    ],
    // Skips the single tests that take minutes under mutation (it.skipIf(process.env.MUTATION_RUN)).
    env: { MUTATION_RUN: '1' },
    // Instrumented code runs several times slower; a mutant that hangs is stopped by Stryker.
    testTimeout: 60_000,
  },
}));
