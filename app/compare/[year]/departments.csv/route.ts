import { getSite } from '@/lib/content';
import { csvResponse } from '@/lib/site/csv-response';
import { disclosureCsv } from '@/lib/site/disclosure-columns';
import { comparePageData, compareYears } from '@/lib/site/list-page-data';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return compareYears().map((year) => ({ year: String(year) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const year = Number((await params).year);
  const data = comparePageData(year);
  if (!data) return new Response('Not found', { status: 404 });
  return csvResponse(disclosureCsv('发布机关', data.rows, getSite().origin), `xxgk-${year}-departments.csv`);
}
