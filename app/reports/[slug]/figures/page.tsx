import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FiguresPage } from '@/components/figures-page';
import { JsonLd } from '@/components/json-ld';
import { getReportBySlug, getReports, getSite, reportSlugParams } from '@/lib/content';
import { yearNeighbours } from '@/lib/report';
import { figuresHead } from '@/lib/site/head';
import { toMetadata } from '@/lib/site/metadata';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = reportSlugParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = getReportBySlug((await params).slug);
  if (!report) return {};
  return toMetadata(figuresHead(getSite(), report));
}

export default async function Page({ params }: Props) {
  const report = getReportBySlug((await params).slug);
  if (!report) notFound();
  return (
    <>
      <JsonLd head={figuresHead(getSite(), report)} />
      <FiguresPage report={report} previous={yearNeighbours(report, getReports()).previous} />
    </>
  );
}
