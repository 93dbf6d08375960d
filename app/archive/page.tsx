import type { Metadata } from 'next';
import { ArchivePage } from '@/components/archive-page';
import { JsonLd } from '@/components/json-ld';
import { getReports, getSite } from '@/lib/content';
import { COLUMNS } from '@/lib/site/columns';
import { columnHead } from '@/lib/site/head';
import { toMetadata } from '@/lib/site/metadata';

export function generateMetadata(): Metadata {
  return toMetadata(columnHead(getSite(), COLUMNS.archive));
}

export default function Page() {
  return (
    <>
      <JsonLd head={columnHead(getSite(), COLUMNS.archive)} />
      <ArchivePage reports={getReports()} />
    </>
  );
}
