import type { GetStaticProps } from 'next';
import { IssuersPage } from '@/components/issuers-page';
import { ListDocument } from '@/components/list-document';
import type { IssuersPageData } from '@/lib/site/list-page-data';
import { issuersPageData } from '@/lib/site/list-page-data';

/** 发布机关: a static list page without framework JavaScript. */
export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<IssuersPageData> = () => ({ props: issuersPageData() });

export default function Page(props: IssuersPageData) {
  return <ListDocument {...props}><IssuersPage {...props} /></ListDocument>;
}
