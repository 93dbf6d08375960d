import { getReportBySlug, getReports } from '@/lib/content';
import { toOpenData } from '@/lib/report';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getReports().map((report) => ({ slug: report.meta.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const report = getReportBySlug((await params).slug);
  if (!report) return new Response('Not found', { status: 404 });
  return Response.json(toOpenData(report));
}
