import type { GetStaticPaths, GetStaticProps } from 'next';
import { KindPage } from '@/components/kind-page';
import { ListDocument } from '@/components/list-document';
import { staticPaths } from '@/lib/site/page-data';
import type { KindPageData } from '@/lib/site/list-page-data';
import { kindPageData, kindPagePaths } from '@/lib/site/list-page-data';

/** A kind of report: a static list page without framework JavaScript. */
export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => staticPaths(kindPagePaths(false));

export const getStaticProps: GetStaticProps<KindPageData, { kind: string }> = ({ params }) => {
  const data = kindPageData(params?.kind ?? '');
  return data ? { props: data } : { notFound: true };
};

export default function Page(props: KindPageData) {
  return <ListDocument {...props}><KindPage {...props} /></ListDocument>;
}
