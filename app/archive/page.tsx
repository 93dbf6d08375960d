import type { Metadata } from 'next';
import { ArchivePage } from '@/components/archive-page';
import { getReports, getSite } from '@/lib/content';
import { pageMetadata } from '@/lib/site/metadata';

export function generateMetadata(): Metadata {
  return pageMetadata(getSite(), '/archive', '报告归档', '按年度和发布机关查找全部报告。');
}

export default function Page() {
  return <ArchivePage reports={getReports()} />;
}
