import type { SiteConfig } from '@/lib/content/site-schema';
import type { FigureChange, HeadlineFigure, Report } from '@/lib/report';
import { findIssuer } from '@/lib/content/issuers';
import { kindPage } from '@/lib/site/listings';
import { absoluteUrl, issuerPath, kindPath, reportPath, yearPath } from '@/lib/site/urls';
import { IDS } from '@/lib/ui/ids';
import { formatPublished } from '@/lib/ui/format';
import { Breadcrumb } from './breadcrumb';
import { Corrections } from './corrections';
import { KeyFigures } from './key-figures';
import type { YearNavProps } from './year-nav';
import { YearNav } from './year-nav';
import { PrintColophon } from './print-colophon';
import { ReportBody } from './report-body';
import { ReportFiles } from './report-files';
import { ReportToolbar } from './report-toolbar';
import { TableOfContents } from './table-of-contents';

/** Props of ReportPage. */
export interface ReportPageProps {
  report: Report;
  site: SiteConfig;
  /** The same issuing body's reports for the years before and after. */
  neighbours: YearNavProps['neighbours'];
  /** 数说: the headline figures, each with its change from the previous year. */
  figures: { figure: HeadlineFigure; change: FigureChange | null }[];
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
export function ReportPage({ report, site, neighbours, figures }: ReportPageProps) {
  const { meta } = report;
  const url = absoluteUrl(site.origin, reportPath(meta.slug));
  const issuer = findIssuer(site.issuers, meta.issuer);
  const summary = meta.description ?? report.intro.text.slice(0, 120);
  return (
    <>
      <div className="no-print">
        <Breadcrumb crumbs={reportCrumbs(report)} />
      </div>
      <div className="report-layout">
        <article className="report" aria-labelledby={IDS.title} data-pagefind-body>
          <header className="report-header">
            <h1 id={IDS.title} tabIndex={-1}>{meta.title}</h1>
            <p className="report-meta">
              <span>
                发布时间：<time dateTime={meta.published}>{formatPublished(meta.published)}</time>
              </span>
              <span>来源：{meta.source}</span>
            </p>
            {/* Also the search filters (data-pagefind-filter): issuer, kind and year. */}
            <p className="report-meta report-facts">
              <span>发布机关：{issuer ? <a href={issuerPath(issuer.slug)} data-pagefind-filter="issuer">{meta.issuer}</a> : <span data-pagefind-filter="issuer">{meta.issuer}</span>}</span>
              <span>类别：<a href={kindPath(kindPage(meta.kind))} data-pagefind-filter="kind">{meta.kind}</a></span>
              <span>年度：<a href={yearPath(meta.year)}><span data-pagefind-filter="year">{meta.year}</span>年度</a></span>
            </p>
            <ReportToolbar share={{ url, title: meta.title, summary }} />
          </header>
          <Corrections corrections={meta.corrections} />
          <KeyFigures figures={figures} figuresHref={`${reportPath(meta.slug)}/figures`} />
          <div className="toc-inline">
            <TableOfContents report={report} />
          </div>
          <ReportBody report={report} />
          <ReportFiles meta={meta} />
          <YearNav neighbours={neighbours} slug={meta.slug} tables={report.tables.length > 0} />
          <PrintColophon meta={meta} site={site} url={url} />
        </article>
      </div>
    </>
  );
}
