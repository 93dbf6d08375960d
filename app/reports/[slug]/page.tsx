import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReportPage } from '@/components/report-page';
import { getReportBySlug, getReports, getSite, reportSlugParams } from '@/lib/content';
import { yearNeighbours } from '@/lib/report';
import { reportMetadata } from '@/lib/site/metadata';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = reportSlugParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = getReportBySlug((await params).slug);
  return report ? reportMetadata(getSite(), report) : {};
}

export default async function Page({ params }: Props) {
  const report = getReportBySlug((await params).slug);
  if (!report) notFound();
  return <ReportPage report={report} site={getSite()} neighbours={yearNeighbours(report, getReports())} />;
}
