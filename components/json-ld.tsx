import type { PageHead } from '@/lib/site/head';
import { scriptJson } from '@/lib/site/head';

/** Props of JsonLd. */
export interface JsonLdProps {
  head: PageHead;
}

/** The page's schema.org descriptions, one application/ld+json script each (not executed). */
export function JsonLd({ head }: JsonLdProps) {
  return head.jsonLd.map((json, i) => (
    <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(json) }} />
  ));
}
