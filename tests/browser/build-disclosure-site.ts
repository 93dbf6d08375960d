/**
 * Builds a copy of the site with the fixture 年报 added (content/ holds real reports only),
 * for tests/browser/disclosure.spec.ts. Part of `npm run test:browser`.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { copySite, runNpm } from '../support/site-copy';
import { DISCLOSURE_REPORTS, disclosureSiteDir } from './disclosure-site';

const dir = disclosureSiteDir();
console.log(`building the site with the fixture 年报 in ${dir}`);
copySite(dir);
for (const file of DISCLOSURE_REPORTS) {
  copyFileSync(path.join(process.cwd(), 'tests/fixtures/disclosure', file), path.join(dir, 'content/reports', file));
}
runNpm(dir, 'build');
