import type { GetStaticPaths, GetStaticProps } from 'next';
import { ComparePage } from '@/components/compare-page';
import { ListDocument } from '@/components/list-document';
import { staticPaths } from '@/lib/site/page-data';
import type { ComparePageData } from '@/lib/site/list-page-data';
import { comparePageData, compareYears } from '@/lib/site/list-page-data';

/** One year's comparison of 年报: a static page; sorting comes from the page script. */
export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => staticPaths(compareYears().map((year) => ({ year: String(year) })));

export const getStaticProps: GetStaticProps<ComparePageData, { year: string }> = ({ params }) => {
  const data = comparePageData(Number(params?.year));
  return data ? { props: data } : { notFound: true };
};

export default function Page(props: ComparePageData) {
  return <ListDocument {...props}><ComparePage {...props} /></ListDocument>;
}
