import type { GetStaticPaths, GetStaticProps } from 'next';
import { PageHead } from '@/components/page-head';
import { ReportPage } from '@/components/report-page';
import { SiteShell } from '@/components/site-shell';
import { takeReport } from '@/lib/site/handed-reports';
import type { ReportPageData } from '@/lib/site/page-data';
import { reportPageData, reportPagePaths } from '@/lib/site/page-data';

/**
 * The report page: a static document without framework JavaScript (Pages Router,
 * unstable_runtimeJS false); its controls come from the small page script.
 */
export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<{ slug: string }> = reportPagePaths;

export const getStaticProps: GetStaticProps<ReportPageData, { slug: string }> = ({ params }) => {
  const props = reportPageData(params?.slug ?? '');
  return props ? { props } : { notFound: true };
};

export default function Page({ head, site, scriptSrc, problems, reportKey, neighbours, figures }: ReportPageData) {
  const report = takeReport(reportKey);
  return (
    <SiteShell site={site} scriptSrc={scriptSrc} scriptLoading="after-paint" problems={problems}>
      <PageHead tags={head} holdFirstPaint />
      <ReportPage report={report} site={site} neighbours={neighbours} figures={figures} />
    </SiteShell>
  );
}
