import type { KindPageData } from '@/lib/site/list-page-data';
import { EntryGroups } from './entry-groups';
import { ListFrame } from './list-frame';

/** Props of KindPage. */
export type KindPageProps = Pick<KindPageData, 'crumbs' | 'title' | 'groups' | 'pagination' | 'total' | 'compare'>;

/** One kind of report: every report of it by year, then issuer; for 年报, links to each year's comparison. */
export function KindPage({ crumbs, title, groups, pagination, total, compare }: KindPageProps) {
  return (
    <ListFrame crumbs={crumbs} title={title} lede={`共 ${total} 份，按年度（最新的在前）和发布机关排列。`} pagination={pagination}>
      {compare.length > 0 ? (
        <nav aria-labelledby="compare-years" className="year-links">
          <h2 id="compare-years">各发布机关数据对比</h2>
          <ul>{compare.map((c) => <li key={c.year}><a href={c.href}>{c.year}年度</a></li>)}</ul>
        </nav>
      ) : null}
      <EntryGroups groups={groups} empty="暂无这一类报告。" />
    </ListFrame>
  );
}
