// Preview only: npm run dev sends /reports/<slug>/data.json, metrics.csv and tables.csv here
// (next.config.ts). A build writes those files instead (npm run files); the preview makes them
// on request, so a report file added while the preview runs has its files on the next reload.
import { getReportBySlug } from '@/lib/content';
import { REPORT_FILE_NAMES } from '@/lib/site/report-file-names';
import { reportFileResponse } from '@/lib/site/report-files';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await params;
  const name = REPORT_FILE_NAMES.find((n) => n === file);
  const report = name ? getReportBySlug(slug) : undefined;
  return name && report ? reportFileResponse(report, name) : new Response('Not found', { status: 404 });
}
