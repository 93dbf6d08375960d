import type { GetStaticProps } from 'next';
import { ArchivePage } from '@/components/archive-page';
import { ListDocument } from '@/components/list-document';
import type { ArchivePageData } from '@/lib/site/list-page-data';
import { archivePageData } from '@/lib/site/list-page-data';

/** 报告归档: a static list page without framework JavaScript. */
export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<ArchivePageData> = () => ({ props: archivePageData() });

export default function Page({ archive, ...frame }: ArchivePageData) {
  return <ListDocument {...frame}><ArchivePage {...archive} /></ListDocument>;
}
