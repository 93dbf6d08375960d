/**
 * Builds a copy of the site with the XSS fixture report added (tests/fixtures/hostile), for
 * tests/deploy/hostile-content.spec.ts. Part of `npm run test:deploy`.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HOSTILE_REPORT, hostileIssuerEntry, hostileReport } from '../fixtures/hostile/hostile-report';
import { copySite, runNpm, seedBuildCache } from '../support/site-copy';
import { hostileSiteDir } from './hostile-site';

const dir = hostileSiteDir();
console.log(`building the site with the XSS fixture in ${dir}`);
copySite(dir);
seedBuildCache(dir);
writeFileSync(path.join(dir, HOSTILE_REPORT.file), hostileReport());
// content/site.yaml ends with its issuers list: the fixture's issuer joins it.
appendFileSync(path.join(dir, 'content/site.yaml'), hostileIssuerEntry());
runNpm(dir, 'build');
