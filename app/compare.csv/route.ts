import { getSite } from '@/lib/content';
import { csvResponse } from '@/lib/site/csv-response';
import { disclosureCsv } from '@/lib/site/disclosure-columns';
import { comparePageData, compareYears } from '@/lib/site/list-page-data';

export const dynamic = 'force-static';

/**
 * Every year's comparison of 年报 in one CSV, one row per 年报 (newest year first). One static
 * file rather than one per year: a dynamic route with no years (a site without 年报 yet)
 * cannot be exported.
 */
export function GET() {
  const rows = compareYears().flatMap((year) => (comparePageData(year)?.rows ?? []).map((row) => ({ ...row, year })));
  return csvResponse(disclosureCsv(rows, getSite().origin), 'xxgk-compare.csv');
}
