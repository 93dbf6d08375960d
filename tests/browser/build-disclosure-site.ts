/**
 * Builds the one test copy of the site that the browser tests need besides the real content
 * (content/ holds real reports only): the fixture 年报 (tests/browser/disclosure.spec.ts) and
 * GENERATED_REPORTS generated reports from 24 invented issuers over several years
 * (tests/browser/many-reports.spec.ts), as of TEST_SITE_TODAY so that what is due is known.
 * Part of `npm run test:browser`: one build for both, to keep CI time down.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { copySite, runNpm, seedBuildCache } from '../support/site-copy';
import { generateReports, listGeneratedIssuers, writeReports } from '../support/generated-reports';
import { DISCLOSURE_REPORTS, disclosureSiteDir, GENERATED_REPORTS, TEST_SITE_TODAY, unpublishedOnTestSite } from './disclosure-site';

const dir = disclosureSiteDir();
console.log(`building the test site (fixture 年报 and ${GENERATED_REPORTS} generated reports) in ${dir}`);
copySite(dir);
seedBuildCache(dir);
for (const file of DISCLOSURE_REPORTS) {
  copyFileSync(path.join(process.cwd(), 'tests/fixtures/disclosure', file), path.join(dir, 'content/reports', file));
}
listGeneratedIssuers(dir);
writeReports(dir, generateReports(process.cwd(), GENERATED_REPORTS, { skip: unpublishedOnTestSite }));
runNpm(dir, 'build', { PORTAL_TODAY: TEST_SITE_TODAY });
