import type { GetStaticPaths, GetStaticProps } from 'next';
import { FiguresPage } from '@/components/figures-page';
import { PageHead } from '@/components/page-head';
import { SiteShell } from '@/components/site-shell';
import { takeReport } from '@/lib/site/handed-reports';
import type { FiguresPageData } from '@/lib/site/page-data';
import { figuresPageData, reportPagePaths } from '@/lib/site/page-data';

/** The figures page: a static document without framework JavaScript, like the report page. */
export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<{ slug: string }> = reportPagePaths;

export const getStaticProps: GetStaticProps<FiguresPageData, { slug: string }> = ({ params }) => {
  const props = figuresPageData(params?.slug ?? '');
  return props ? { props } : { notFound: true };
};

export default function Page({ head, site, scriptSrc, problems, reportKey, comparison }: FiguresPageData) {
  const report = takeReport(reportKey);
  return (
    <SiteShell site={site} scriptSrc={scriptSrc} scriptLoading="after-paint" problems={problems}>
      <PageHead tags={head} holdFirstPaint />
      <FiguresPage report={report} comparison={comparison} />
    </SiteShell>
  );
}
