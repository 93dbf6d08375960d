import type { HomeData } from '@/lib/site/list-page-data';
import { DueList } from './due-list';
import { EntryItem } from './entry-groups';

/** Props of HomeLists. */
export type HomeListsProps = HomeData;

/**
 * The home page's lists, none of which grows with the archive: the newest reports of each
 * kind, what is due, and links to every kind, every year and the issuers.
 */
export function HomeLists({ today, newest, due, kinds, years, issuers }: HomeListsProps) {
  return (
    <>
      <section aria-labelledby="newest-heading">
        <h2 id="newest-heading">最新报告</h2>
        {newest.length === 0 ? <p>暂无已发布的报告。</p> : newest.map((group) => (
          <div key={group.kind} className="newest-group">
            <h3>{group.kind}</h3>
            <ul className="entry-list">
              {group.entries.map((e) => <EntryItem key={e.slug} entry={e} />)}
            </ul>
            <p className="more-link"><a href={group.href}>全部{group.kind}</a></p>
          </div>
        ))}
      </section>
      <DueList due={due} today={today} />
      <nav aria-labelledby="browse-heading" className="browse">
        <h2 id="browse-heading">浏览报告</h2>
        <h3>按类别</h3>
        <ul className="inline-list">{kinds.map((k) => <li key={k.href}><a href={k.href}>{k.name}</a>（{k.count}）</li>)}</ul>
        <h3>按年度</h3>
        <ul className="inline-list">{years.map((y) => <li key={y.year}><a href={y.href}>{y.year}年度</a></li>)}</ul>
        <h3>按发布机关</h3>
        <p><a href="/issuers">全部发布机关（{issuers} 个）</a></p>
      </nav>
    </>
  );
}
