import type { GetStaticPaths, GetStaticProps } from 'next';
import { ListDocument } from '@/components/list-document';
import { staticPaths } from '@/lib/site/page-data';
import { YearPage } from '@/components/year-page';
import type { YearPageData } from '@/lib/site/list-page-data';
import { yearPageData, yearPagePaths } from '@/lib/site/list-page-data';

/** A year's reports: a static list page without framework JavaScript. */
export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => staticPaths(yearPagePaths(false));

export const getStaticProps: GetStaticProps<YearPageData, { year: string }> = ({ params }) => {
  const data = yearPageData(Number(params?.year));
  return data ? { props: data } : { notFound: true };
};

export default function Page(props: YearPageData) {
  return <ListDocument {...props}><YearPage {...props} /></ListDocument>;
}
