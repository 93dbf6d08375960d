import type { ReactNode } from 'react';
import type { CrumbData, PaginationData } from '@/lib/site/list-page-data';
import { IDS } from '@/lib/ui/ids';
import { Breadcrumb } from './breadcrumb';
import { Pagination } from './pagination';

/** Props of ListFrame. */
export interface ListFrameProps {
  crumbs: CrumbData[];
  title: string;
  /** One sentence under the heading. */
  lede: ReactNode;
  pagination?: PaginationData;
  children: ReactNode;
}

/** What every list page has: breadcrumb, heading, lede, the list, and the page links under it. */
export function ListFrame({ crumbs, title, lede, pagination, children }: ListFrameProps) {
  return (
    <div className="page list-page">
      <Breadcrumb crumbs={crumbs} />
      <h1 id={IDS.title} tabIndex={-1}>{title}</h1>
      <p className="lede">{lede}</p>
      {children}
      {pagination ? <Pagination {...pagination} /> : null}
    </div>
  );
}
