import type { SiteConfig } from '@/lib/content/site-schema';
import type { Report } from '@/lib/report';
import { absoluteUrl, reportPath } from '@/lib/site/urls';
import { IDS } from '@/lib/ui/ids';
import { formatPublished } from '@/lib/ui/format';
import { Breadcrumb } from './breadcrumb';
import { PrintColophon } from './print-colophon';
import { ReportBody } from './report-body';
import { ReportFiles } from './report-files';
import { ReportToolbar } from './report-toolbar';
import { TableOfContents } from './table-of-contents';

/** Props of ReportPage. */
export interface ReportPageProps {
  report: Report;
  site: SiteConfig;
}

/** The breadcrumb of a report: 首页 › columns… › the report. */
export function reportCrumbs(report: Report) {
  const columns = report.meta.columns.map((label, i, all) => ({
    label,
    href: i === all.length - 1 ? '/reports' : '/',
  }));
  return [{ label: '首页', href: '/' }, ...columns, { label: report.meta.title, href: reportPath(report.meta.slug) }];
}

/** A report as citizens read it. */
export function ReportPage({ report, site }: ReportPageProps) {
  const { meta } = report;
  const url = absoluteUrl(site.origin, reportPath(meta.slug));
  const summary = meta.description ?? report.intro.text.slice(0, 120);
  return (
    <>
      <div className="no-print">
        <Breadcrumb crumbs={reportCrumbs(report)} />
      </div>
      <div className="report-layout">
        <article className="report" aria-labelledby={IDS.title}>
          <header className="report-header">
            <h1 id={IDS.title} tabIndex={-1}>{meta.title}</h1>
            <p className="report-meta">
              <span>
                发布时间：<time dateTime={meta.published}>{formatPublished(meta.published)}</time>
              </span>
              <span>来源：{meta.source}</span>
            </p>
            <ReportToolbar share={{ url, title: meta.title, summary }} />
          </header>
          <div className="toc-inline">
            <TableOfContents report={report} />
          </div>
          <ReportBody report={report} />
          <ReportFiles meta={meta} />
          <PrintColophon meta={meta} site={site} url={url} />
        </article>
      </div>
    </>
  );
}
