import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { ReportPage } from '@/components/report-page';
import { getReportBySlug, getReports, getSite, reportSlugParams } from '@/lib/content';
import { yearNeighbours } from '@/lib/report';
import { reportHead } from '@/lib/site/head';
import { toMetadata } from '@/lib/site/metadata';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = reportSlugParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = getReportBySlug((await params).slug);
  return report ? toMetadata(reportHead(getSite(), report)) : {};
}

export default async function Page({ params }: Props) {
  const report = getReportBySlug((await params).slug);
  if (!report) notFound();
  const site = getSite();
  return (
    <>
      <JsonLd head={reportHead(site, report)} />
      <ReportPage report={report} site={site} neighbours={yearNeighbours(report, getReports())} />
    </>
  );
}
