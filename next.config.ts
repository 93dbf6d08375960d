import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';

/**
 * Three builds from one configuration:
 * - default: the server build that `npm start` (lib/server/start.ts) serves, adding the
 *   security headers itself;
 * - NEXT_OUTPUT=export (set by `npm run export`): a static export written to EXPORT_DIR
 *   (default out/) that any web server can serve (deploy/nginx.conf sends the headers).
 *   `output: 'export'` cannot be combined with a server.
 * - `npm run dev`, the staff preview: a build writes the reports' data files (data.json,
 *   metrics.csv, tables.csv) as plain files after `next build` (`npm run files`), which the
 *   preview never runs. So the preview adds a *.dev.ts route under app/preview/ that makes them
 *   on request, and sends /reports/<slug>/<file> there: a report file added while the preview
 *   runs has its files on the next reload. Builds never see that route. The report and
 *   figures pages (Pages Router) need no such route: in the preview their getStaticPaths
 *   renders any slug on request (lib/site/page-data.ts, reportPagePaths).
 */
export default function config(phase: string): NextConfig {
  const exporting = process.env.NEXT_OUTPUT === 'export';
  const preview = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    experimental: {
      // Pages rendered at once by the static-generation worker (Next.js's default is 8). Each
      // page's rendered chunks live until the page is written, and with 8 in progress the young
      // generation's collections kept copying them: 5.0–5.7 s of 1,000 reports' static pages
      // went to those collections, 1.7–1.9 s with 3 in progress, and the pages took 17.4–21.6 s
      // instead of 20.8–25.2 s (1 in progress leaves the worker waiting on its file writes).
      staticGenerationMaxConcurrency: 3,
    },
    // The test suites build copies of the site with other content (tests/support/site-copy.ts):
    // the same code the checkout's own build has just type-checked.
    typescript: { ignoreBuildErrors: process.env.PORTAL_SITE_COPY === '1' },
    ...(exporting ? { output: 'export', distDir: process.env.EXPORT_DIR ?? 'out' } : {}),
    ...(preview ? {
      pageExtensions: ['dev.ts', 'tsx', 'ts'],
      rewrites: async () => ({
        beforeFiles: [{
          source: '/reports/:slug/:file(data\\.json|metrics\\.csv|tables\\.csv)',
          destination: '/preview/reports/:slug/:file',
        }],
        afterFiles: [],
        fallback: [],
      }),
    } : {}),
  };
}
