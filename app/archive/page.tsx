import type { Metadata } from 'next';
import { ArchivePage } from '@/components/archive-page';
import { JsonLd } from '@/components/json-ld';
import { getSite } from '@/lib/content';
import { COLUMNS } from '@/lib/site/columns';
import { columnHead } from '@/lib/site/head';
import { archiveData } from '@/lib/site/list-page-data';
import { toMetadata } from '@/lib/site/metadata';

export function generateMetadata(): Metadata {
  return toMetadata(columnHead(getSite(), COLUMNS.archive));
}

export default function Page() {
  return (
    <>
      <JsonLd head={columnHead(getSite(), COLUMNS.archive)} />
      <ArchivePage {...archiveData()} />
    </>
  );
}
