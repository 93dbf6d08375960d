import type { GetStaticPaths, GetStaticProps } from 'next';
import { staticPaths } from '@/lib/site/page-data';
import type { YearPageData } from '@/lib/site/list-page-data';
import { yearPageData, yearPagePaths } from '@/lib/site/list-page-data';

/** Page 2, 3 … of a year's reports. */
export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => staticPaths(yearPagePaths(true));

export const getStaticProps: GetStaticProps<YearPageData, { year: string; page: string }> = ({ params }) => {
  const data = yearPageData(Number(params?.year), Number(params?.page));
  return data ? { props: data } : { notFound: true };
};

export { default } from './index';
