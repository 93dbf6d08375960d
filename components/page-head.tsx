import Head from 'next/head';
import type { HeadTag } from '@/lib/site/head-tags';

/** Props of PageHead. */
export interface PageHeadProps {
  tags: HeadTag[];
}

/** Prints head tags (lib/site/head-tags.ts) into the document head of a Pages Router page. */
export function PageHead({ tags }: PageHeadProps) {
  return (
    <Head>
      {tags.map((t, i) => {
        if (t.tag === 'title') return <title key="title">{t.text}</title>;
        if (t.tag === 'link') {
          const { tag: _tag, ...attributes } = t;
          return <link key={`link-${i}`} {...attributes} />;
        }
        return 'property' in t
          ? <meta key={t.property} property={t.property} content={t.content} />
          : <meta key={t.name} name={t.name} content={t.content} />;
      })}
    </Head>
  );
}
