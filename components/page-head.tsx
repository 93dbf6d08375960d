import Head from 'next/head';
import type { HeadTag } from '@/lib/site/head';
import { IDS } from '@/lib/ui/ids';

/** Props of PageHead. */
export interface PageHeadProps {
  tags: HeadTag[];
  /** Hold the first paint until <main> is parsed: the report and figures pages (see below). */
  holdFirstPaint?: boolean;
}

/**
 * Prints head tags (lib/site/head.ts) into the document head of a Pages Router page.
 *
 * On the report and figures pages it also holds the first paint until <main> has been parsed
 * (`<link rel="expect" blocking="render">`, Chromium 124+; other browsers ignore it). Chromium
 * ends the block when an element with the id is inserted, not when it is closed, so it names
 * the footer that follows <main>. Without it Chromium paints the header as soon as the
 * stylesheet is in and then lays out the whole report text in one long task after that first
 * paint, which is what blocks a phone's main thread (Lighthouse's TBT) and can re-wrap the
 * toolbar while the rest arrives. The floor page of the same text is laid out in a single pass
 * before its first paint; with this, so is ours. If the footer never comes, the block ends when
 * parsing does. List pages keep painting as their HTML arrives: they are up to 150 KB, and
 * their layout is simple.
 */
export function PageHead({ tags, holdFirstPaint = false }: PageHeadProps) {
  return (
    <Head>
      {holdFirstPaint ? <link key="expect-footer" rel="expect" href={`#${IDS.footer}`} blocking="render" /> : null}
      {tags.map((t, i) => {
        switch (t.tag) {
          case 'title':
            return <title key="title">{t.text}</title>;
          case 'link':
            return <link key={`link-${i}`} rel={t.rel} href={t.href} type={t.type} title={t.title} />;
          case 'script':
            return <script key={`ld-${i}`} type={t.type} dangerouslySetInnerHTML={{ __html: t.json }} />;
          default:
            return 'property' in t
              ? <meta key={`${t.property}-${i}`} property={t.property} content={t.content} />
              : <meta key={`${t.name}-${i}`} name={t.name} content={t.content} />;
        }
      })}
    </Head>
  );
}
