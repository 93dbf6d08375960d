import Head from 'next/head';
import type { HeadTag } from '@/lib/site/head';

/** Props of PageHead. */
export interface PageHeadProps {
  tags: HeadTag[];
}

/** Prints head tags (lib/site/head.ts) into the document head of a Pages Router page. */
export function PageHead({ tags }: PageHeadProps) {
  return (
    <Head>
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
