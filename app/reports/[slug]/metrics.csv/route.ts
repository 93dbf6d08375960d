import { getReportBySlug, getReports } from '@/lib/content';
import { metricsCsv } from '@/lib/report';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getReports().map((report) => ({ slug: report.meta.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const report = getReportBySlug((await params).slug);
  if (!report) return new Response('Not found', { status: 404 });
  return new Response(metricsCsv(report), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${report.meta.slug}-metrics.csv"`,
    },
  });
}
