import { readSite } from '../content/load';
import { checkAxe } from './checks/axe';
import { checkContentFiles } from './checks/content';
import { checkDataFiles } from './checks/data-files';
import { checkFooter } from './checks/footer';
import { checkHtml } from './checks/html-conformance';
import { checkIdentityTags } from './checks/identity-tags';
import { checkLinks } from './checks/links';
import { checkOffsite } from './checks/offsite';
import { checkPageMeta } from './checks/page-meta';
import { crawlSite, NOT_FOUND_PATH } from './crawl';
import type { AuditReport } from './types';

/** What to audit. */
export interface AuditOptions {
  /** The running site, e.g. http://[::1]:3000 or https://www.example.gov.cn. */
  origin: string;
  /** Project root whose content/ is checked and whose site.yaml names the site's origin. */
  root: string;
  /** Run axe in Chromium. Default true; false only for tests of the other checks. */
  axe?: boolean;
  /** Progress lines for the console. */
  log?: (line: string) => void;
}

/** Crawls the site once and runs every check on what it found. */
export async function runAudit({ origin, root, axe = true, log = () => {} }: AuditOptions): Promise<AuditReport> {
  const startedAt = new Date().toISOString();
  const site = readSite(root).site;
  log(`正在抓取 ${origin} …`);
  const crawled = await crawlSite(origin, site?.origin ?? null);
  const notFound = crawled.responses.get(NOT_FOUND_PATH);
  // The 404 page shows the same identity as every page.
  const pages = new Map(crawled.pages);
  if (notFound?.status === 404 && notFound.contentType.includes('text/html')) pages.set(NOT_FOUND_PATH, notFound.body.toString('utf8'));
  log(`抓取了 ${crawled.pages.size} 个页面、${crawled.responses.size - crawled.pages.size} 个其他地址；正在检查 …`);
  const browser = axe ? await checkAxe(crawled.origin, crawled.siteOrigin, [...pages.keys()]) : null;
  const checks = [
    checkIdentityTags(pages, site),
    checkFooter(pages, site),
    checkLinks(crawled),
    checkOffsite(crawled, browser?.offsite),
    ...(browser ? [browser.check] : []),
    checkPageMeta({ ...crawled, pages }),
    await checkDataFiles(crawled),
    await checkHtml(pages),
    checkContentFiles(root),
  ];
  return {
    origin: crawled.origin,
    siteOrigin: crawled.siteOrigin,
    startedAt,
    finishedAt: new Date().toISOString(),
    pages: [...pages.keys()],
    files: [...crawled.responses.keys()].filter((path) => !pages.has(path)),
    checks,
    passed: checks.every((c) => c.passed),
  };
}
