import type { HomeData } from '@/lib/site/list-page-data';
import { formatDateChinese } from '@/lib/ui/format';

/** Props of DueList. */
export interface DueListProps {
  due: HomeData['due'];
  today: string;
}

/** 报告提醒: for each kind due this year, which listed issuers have not published it, overdue or due soon. */
export function DueList({ due, today }: DueListProps) {
  return (
    <section aria-labelledby="due-heading" className="due">
      <h2 id="due-heading">报告提醒</h2>
      <p className="due-date">截至{formatDateChinese(today)}（网站生成之日）</p>
      {due.map((d) => (
        <div key={d.kind} className="due-item">
          <h3><a href={d.kindHref}>{d.year}年度{d.kind}</a></h3>
          <p>
            应于{formatDateChinese(d.deadline)}前发布，
            {d.missing.length === 0
              ? <>已全部发布（{d.published} 个机关）。</>
              : d.status === 'overdue'
                ? <><strong className="due-overdue">已逾期 {d.days} 天</strong>：{d.published} 个机关已发布，以下 {d.missing.length} 个机关尚未发布。</>
                : <><strong className="due-soon">{d.days === 0 ? '今天截止' : `还有 ${d.days} 天截止`}</strong>：{d.published} 个机关已发布，以下 {d.missing.length} 个机关尚未发布。</>}
          </p>
          {d.missing.length > 0 ? (
            <ul className="issuer-list" aria-label={`尚未发布${d.year}年度${d.kind}的机关`}>
              {d.missing.map((m) => <li key={m.href}><a href={m.href}>{m.name}</a></li>)}
            </ul>
          ) : null}
        </div>
      ))}
    </section>
  );
}
