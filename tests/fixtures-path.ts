import path from 'node:path';

/**
 * Where tests find the files they read: everything lives in the repository (a user's clone
 * has no sibling folders). tests/fixtures/seed holds the captured text of the published seed
 * report page and its hand-labelled metrics; tests/fixtures/corpus long real reports.
 */
export const FIXTURES = path.join(import.meta.dirname, 'fixtures');
/** The captured text of the published Wuzhou 2023 report page. */
export const SEED_PAGE = path.join(FIXTURES, 'seed/wuzhou-2023-report-page.txt');
/** Hand-labelled metrics of the seed report. */
export const SEED_GOLD = path.join(FIXTURES, 'seed/wuzhou-2023-metrics.gold.json');
/** Long real government reports for robustness tests. */
export const CORPUS = path.join(FIXTURES, 'corpus');
