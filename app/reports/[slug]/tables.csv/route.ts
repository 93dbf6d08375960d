import { getReportBySlug, reportSlugParams } from '@/lib/content';
import { tablesCsv } from '@/lib/report';
import { csvResponse } from '@/lib/site/csv-response';

export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = reportSlugParams;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const report = getReportBySlug((await params).slug);
  if (!report) return new Response('Not found', { status: 404 });
  return csvResponse(tablesCsv(report), `${report.meta.slug}-tables.csv`);
}
