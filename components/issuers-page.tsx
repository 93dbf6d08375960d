import type { IssuersPageData } from '@/lib/site/list-page-data';
import { ListFrame } from './list-frame';

/** Props of IssuersPage. */
export type IssuersPageProps = Pick<IssuersPageData, 'crumbs' | 'title' | 'groups'>;

const TYPE_HEADINGS: Record<string, string> = { 政府: '人民政府', 区县: '区县人民政府', 部门: '政府部门' };

/** 发布机关: every listed issuer by type, each linking to its page with its number of reports. */
export function IssuersPage({ crumbs, title, groups }: IssuersPageProps) {
  return (
    <ListFrame crumbs={crumbs} title={title} lede="发布年度报告的政府、区县和部门。选择一个机关，查看它的全部报告。">
      {groups.map((group) => (
        <section key={group.type} aria-labelledby={`type-${group.type}`} className="entry-group">
          <h2 id={`type-${group.type}`}>{TYPE_HEADINGS[group.type] ?? group.type}</h2>
          <ul className="issuer-list">
            {group.issuers.map((i) => <li key={i.href}><a href={i.href}>{i.name}</a>（{i.reports} 份报告）</li>)}
          </ul>
        </section>
      ))}
    </ListFrame>
  );
}
