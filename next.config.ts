import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';

/**
 * Three builds from one configuration:
 * - default: the server build that `npm start` (lib/server/start.ts) serves, adding the
 *   security headers itself;
 * - NEXT_OUTPUT=export (set by `npm run export`): a static export written to EXPORT_DIR
 *   (default out/) that any web server can serve (deploy/nginx.conf sends the headers).
 *   `output: 'export'` cannot be combined with a server.
 * - `npm run dev`, the staff preview: report routes know every slug only at build time
 *   (dynamicParams = false, which must be a literal), and Next's dev server remembers the
 *   slugs of its first request. So the preview adds *.dev.tsx / *.dev.ts routes under
 *   app/preview/ that accept any slug, and sends /reports/<slug>… there: a report file added
 *   while the preview runs has its page on the next reload. Builds never see those files.
 */
export default function config(phase: string): NextConfig {
  const exporting = process.env.NEXT_OUTPUT === 'export';
  const preview = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // The test suites build copies of the site with other content (tests/support/site-copy.ts):
    // the same code the checkout's own build has just type-checked.
    typescript: { ignoreBuildErrors: process.env.PORTAL_SITE_COPY === '1' },
    ...(exporting ? { output: 'export', distDir: process.env.EXPORT_DIR ?? 'out' } : {}),
    ...(preview ? {
      pageExtensions: ['dev.tsx', 'dev.ts', 'tsx', 'ts'],
      rewrites: async () => ({
        beforeFiles: ['', '/figures', '/data.json', '/metrics.csv'].map((rest) => ({
          source: `/reports/:slug${rest}`,
          destination: `/preview/reports/:slug${rest}`,
        })),
        afterFiles: [],
        fallback: [],
      }),
    } : {}),
  };
}
