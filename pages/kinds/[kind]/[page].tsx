import type { GetStaticPaths, GetStaticProps } from 'next';
import { staticPaths } from '@/lib/site/page-data';
import type { KindPageData } from '@/lib/site/list-page-data';
import { kindPageData, kindPagePaths } from '@/lib/site/list-page-data';

/** Page 2, 3 … of a kind's reports. */
export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => staticPaths(kindPagePaths(true));

export const getStaticProps: GetStaticProps<KindPageData, { kind: string; page: string }> = ({ params }) => {
  const data = kindPageData(params?.kind ?? '', Number(params?.page));
  return data ? { props: data } : { notFound: true };
};

export { default } from './index';
