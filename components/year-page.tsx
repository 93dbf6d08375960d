import type { YearPageData } from '@/lib/site/list-page-data';
import { EntryGroups } from './entry-groups';
import { ListFrame } from './list-frame';

/** Props of YearPage. */
export type YearPageProps = Pick<YearPageData, 'crumbs' | 'title' | 'year' | 'groups' | 'pagination' | 'total' | 'compare'>;

/** One year's archive: its reports by kind, then issuer. */
export function YearPage({ crumbs, title, year, groups, pagination, total, compare }: YearPageProps) {
  const lede = (
    <>
      关于{year}年度的报告共 {total} 份，按报告类别和发布机关排列。
      {compare ? <>各发布机关政府信息公开工作年度报告的主要数据见<a href={compare}>{year}年度数据对比</a>。</> : null}
    </>
  );
  return (
    <ListFrame crumbs={crumbs} title={title} lede={lede} pagination={pagination}>
      <EntryGroups groups={groups} empty="暂无报告。" />
    </ListFrame>
  );
}
