// Preview only: npm run dev sends /reports/<slug>/tables.csv here (next.config.ts). A build writes
// the file instead (npm run files); the preview makes it on request, so a report file added
// while the preview runs has its tables.csv on the next reload.
import { getReportBySlug } from '@/lib/content';
import { reportFileResponse } from '@/lib/site/report-files';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const report = getReportBySlug((await params).slug);
  return report ? reportFileResponse(report, 'tables.csv') : new Response('Not found', { status: 404 });
}
