import type { GetStaticPaths, GetStaticProps } from 'next';
import { IssuerPage } from '@/components/issuer-page';
import { ListDocument } from '@/components/list-document';
import { staticPaths } from '@/lib/site/page-data';
import type { IssuerPageData } from '@/lib/site/list-page-data';
import { issuerPageData, issuerPagePaths } from '@/lib/site/list-page-data';

/** An issuer's page: a static list page without framework JavaScript. */
export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => staticPaths(issuerPagePaths(false));

export const getStaticProps: GetStaticProps<IssuerPageData, { slug: string }> = ({ params }) => {
  const data = issuerPageData(params?.slug ?? '');
  return data ? { props: data } : { notFound: true };
};

export default function Page(props: IssuerPageData) {
  return <ListDocument {...props}><IssuerPage {...props} /></ListDocument>;
}
