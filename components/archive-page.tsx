import type { Report } from '@/lib/report';
import { reportPath } from '@/lib/site/urls';
import { IDS } from '@/lib/ui/ids';
import { Breadcrumb } from './breadcrumb';

/** Props of ArchivePage. */
export interface ArchivePageProps {
  reports: Report[];
}

function groupBy(reports: readonly Report[], key: (r: Report) => string): [string, Report[]][] {
  const groups = new Map<string, Report[]>();
  for (const report of reports) groups.set(key(report), [...(groups.get(key(report)) ?? []), report]);
  return [...groups.entries()];
}

/** 报告归档: every report by year (newest first) and by issuing body. */
export function ArchivePage({ reports }: ArchivePageProps) {
  const byYear = groupBy([...reports].sort((a, b) => b.meta.year - a.meta.year), (r) => `${r.meta.year}年`);
  const byIssuer = groupBy([...reports].sort((a, b) => a.meta.issuer.localeCompare(b.meta.issuer, 'zh-CN') || b.meta.year - a.meta.year), (r) => r.meta.issuer);
  return (
    <div className="page archive-page">
      <Breadcrumb crumbs={[{ label: '首页', href: '/' }, { label: '报告归档', href: '/archive' }]} />
      <h1 id={IDS.title} tabIndex={-1}>报告归档</h1>
      <section aria-labelledby="by-year">
        <h2 id="by-year">按年度</h2>
        {byYear.map(([year, list]) => (
          <div key={year} className="archive-group">
            <h3>{year}</h3>
            <ul>
              {list.map((r) => (
                <li key={r.meta.slug}>
                  <a href={reportPath(r.meta.slug)}>{r.meta.title}</a>（{r.meta.issuer}）
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section aria-labelledby="by-issuer">
        <h2 id="by-issuer">按发布机关</h2>
        {byIssuer.map(([issuer, list]) => (
          <div key={issuer} className="archive-group">
            <h3>{issuer}</h3>
            <ul>
              {list.map((r) => (
                <li key={r.meta.slug}>
                  <a href={reportPath(r.meta.slug)}>{r.meta.title}</a>（{r.meta.year}年度）
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}
