import type { Metric } from '@/lib/report';

/** Props of PercentChart. */
export interface PercentChartProps {
  id: string;
  metrics: Metric[];
  /** Id of the table that holds the same data. */
  tableId: string;
}

/**
 * Percentages as horizontal bars, in HTML so that their text follows the reader's 字号 like the
 * rest of the page (an SVG's text shrinks with its drawing on a phone). Each bar is a small SVG
 * without text; the caption states every value and the table beside it has the data.
 */
export function PercentChart({ id, metrics, tableId }: PercentChartProps) {
  const description = metrics.map((m) => `${m.label || '（未命名）'}${m.text}`).join('；');
  return (
    <figure className="chart" data-table={tableId} aria-labelledby={`${id}-caption`}>
      <ul className="bar-chart" aria-hidden="true">
        {metrics.map((m) => (
          <li key={m.id} className="bar-row" data-label={m.label} data-value={m.value}>
            <span className="bar-label">{m.label || '（未命名）'}</span>
            <span className="bar-line">
              <svg className="bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                <rect className="chart-track" width="100" height="10" />
                <rect className="chart-bar" width={Math.max(0.5, Math.min(m.value, 100))} height="10" />
              </svg>
              <span className="bar-value">{m.text}</span>
            </span>
          </li>
        ))}
      </ul>
      <figcaption id={`${id}-caption`}>
        图：本部分的百分比数据（{metrics.length} 项）。{description}。数据见下表。
      </figcaption>
    </figure>
  );
}
