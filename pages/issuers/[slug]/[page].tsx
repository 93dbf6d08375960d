import type { GetStaticPaths, GetStaticProps } from 'next';
import { staticPaths } from '@/lib/site/page-data';
import type { IssuerPageData } from '@/lib/site/list-page-data';
import { issuerPageData, issuerPagePaths } from '@/lib/site/list-page-data';

/** Page 2, 3 … of an issuer's reports. */
export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => staticPaths(issuerPagePaths(true));

export const getStaticProps: GetStaticProps<IssuerPageData, { slug: string; page: string }> = ({ params }) => {
  const data = issuerPageData(params?.slug ?? '', Number(params?.page));
  return data ? { props: data } : { notFound: true };
};

export { default } from './index';
