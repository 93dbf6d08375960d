import Link from 'next/link';
import type { Metric, MetricKind, Report } from '@/lib/report';
import { reportPath } from '@/lib/site/urls';
import { IDS } from '@/lib/ui/ids';
import { Breadcrumb } from './breadcrumb';
import { reportCrumbs } from './report-page';
import { PercentChart } from './percent-chart';

/** Props of FiguresPage. */
export interface FiguresPageProps {
  report: Report;
}

const KIND_NAMES: Record<MetricKind, string> = {
  count: '数量', percent: '百分比', gap: '百分点差', money: '金额', rank: '排名', measure: '计量', duration: '时长', ratio: '倍数',
};

function MetricTable({ id, caption, metrics, slug }: { id: string; caption: string; metrics: Metric[]; slug: string }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table id={id} className="figures-table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">名称</th>
            <th scope="col">原文数据</th>
            <th scope="col">数值</th>
            <th scope="col">类型</th>
          </tr>
        </thead>
        <tbody>
          {metrics.map((m) => (
            <tr key={m.id} data-label={m.label} data-value={m.value}>
              <th scope="row">{m.label || '—'}</th>
              <td>
                <Link href={`${reportPath(slug)}#${m.id}`}>{m.text}</Link>
              </td>
              <td>
                {m.value.toLocaleString('zh-CN')}
                {m.unit}
                {m.approximate ? '（约数）' : ''}
              </td>
              <td>{KIND_NAMES[m.kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every quantity of a report, by section, with bar charts for percentages. */
export function FiguresPage({ report }: FiguresPageProps) {
  const { meta } = report;
  const crumbs = [...reportCrumbs(report), { label: '数据和图表', href: `${reportPath(meta.slug)}/figures` }];
  return (
    <div className="page figures-page">
      <Breadcrumb crumbs={crumbs} />
      <h1 id={IDS.title} tabIndex={-1}>{meta.title}：数据和图表</h1>
      <p className="lede">
        报告正文中的全部 {report.metrics.length} 项数据，按部分列出。点击原文数据可跳到报告中的原句。
        也可下载 <a href={`${reportPath(meta.slug)}/metrics.csv`}>CSV 数据表</a> 或 <a href={`${reportPath(meta.slug)}/data.json`}>JSON 全文数据</a>。
      </p>
      {report.sections.filter((s) => s.metrics.length > 0).map((section) => {
        const percents = section.metrics.filter((m) => m.kind === 'percent' && m.unit === '%');
        const tableId = `${section.id}-table`;
        return (
          <section key={section.id} aria-labelledby={`${section.id}-title`} className="figures-section">
            <h2 id={`${section.id}-title`}>
              {section.ordinal}、{section.title}
            </h2>
            {percents.length > 0 ? <PercentChart id={`${section.id}-chart`} metrics={percents} tableId={tableId} /> : null}
            <MetricTable id={tableId} caption={`第${section.ordinal}部分的数据（${section.metrics.length} 项）`} metrics={section.metrics} slug={meta.slug} />
          </section>
        );
      })}
      <p>
        <Link href={reportPath(meta.slug)}>返回报告全文</Link>
      </p>
    </div>
  );
}
