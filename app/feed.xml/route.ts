import { getReports, getSite } from '@/lib/content';
import { atomFeed } from '@/lib/site/feed';

export const dynamic = 'force-static';

export function GET() {
  return new Response(atomFeed(getSite(), getReports()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
