import type { NextConfig } from 'next';

/**
 * Two builds from one configuration:
 * - default: the server build that `npm start` (lib/server/start.ts) serves, adding the
 *   security headers itself;
 * - NEXT_OUTPUT=export (set by `npm run export`): a static export written to EXPORT_DIR
 *   (default out/) that any web server can serve (deploy/nginx.conf sends the headers).
 *   `output: 'export'` cannot be combined with a server.
 */
const exporting = process.env.NEXT_OUTPUT === 'export';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  ...(exporting ? { output: 'export', distDir: process.env.EXPORT_DIR ?? 'out' } : {}),
};

export default nextConfig;
