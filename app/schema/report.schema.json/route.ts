import { getSite } from '@/lib/content';
import { openDataSchema } from '@/lib/report';
import { absoluteUrl } from '@/lib/site/urls';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(openDataSchema(absoluteUrl(getSite().origin, '/schema/report.schema.json')));
}
