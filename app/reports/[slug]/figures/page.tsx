import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FiguresPage } from '@/components/figures-page';
import { getReportBySlug, getReports, getSite, reportSlugParams } from '@/lib/content';
import { yearNeighbours } from '@/lib/report';
import { pageMetadata } from '@/lib/site/metadata';
import { reportPath } from '@/lib/site/urls';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = reportSlugParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = getReportBySlug((await params).slug);
  if (!report) return {};
  return pageMetadata(getSite(), `${reportPath(report.meta.slug)}/figures`, `${report.meta.title}：数据和图表`, `${report.meta.title}中的全部数据和图表。`);
}

export default async function Page({ params }: Props) {
  const report = getReportBySlug((await params).slug);
  if (!report) notFound();
  return <FiguresPage report={report} previous={yearNeighbours(report, getReports()).previous} />;
}
