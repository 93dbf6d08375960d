import type { SiteConfig } from '../content/site-schema';
import type { Report } from '../report';
import { removeForbiddenCharacters } from '../report/characters';
import { reportModified } from './dates';
import { reportDescription } from './head';
import { absoluteUrl, reportPath } from './urls';

// Characters XML forbids are dropped: content checks refuse them, but a character reference
// in the body (&#12;) can still put one into the text.
const escape = (text: string) =>
  removeForbiddenCharacters(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An Atom feed of every report, newest first, with absolute URLs on the configured origin. */
export function atomFeed(site: SiteConfig, reports: readonly Report[]): string {
  const self = absoluteUrl(site.origin, '/feed.xml');
  const updated = reports.map(reportModified).sort().at(-1) ?? '2000-01-01T00:00:00+08:00';
  const entries = reports.map((r) => {
    const url = absoluteUrl(site.origin, reportPath(r.meta.slug));
    return `  <entry>
    <title>${escape(r.meta.title)}</title>
    <link rel="alternate" type="text/html" href="${escape(url)}"/>
    <id>${escape(url)}</id>
    <published>${r.meta.published}</published>
    <updated>${reportModified(r)}</updated>
    <author><name>${escape(r.meta.issuer)}</name></author>
    <summary>${escape(reportDescription(r))}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>${escape(site.siteName)}</title>
  <link rel="self" type="application/atom+xml" href="${escape(self)}"/>
  <link rel="alternate" type="text/html" href="${escape(absoluteUrl(site.origin, '/'))}"/>
  <id>${escape(self)}</id>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}
