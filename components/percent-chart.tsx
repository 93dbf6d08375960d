import type { Metric } from '@/lib/report';

/** Props of PercentChart. */
export interface PercentChartProps {
  id: string;
  metrics: Metric[];
  /** Id of the table that holds the same data. */
  tableId: string;
}

const ROW = 28;
const LABEL = 190;
const BAR = 250;

/** Percentages as horizontal bars, drawn as SVG on the server; the table beside it has the data. */
export function PercentChart({ id, metrics, tableId }: PercentChartProps) {
  const height = metrics.length * ROW + 8;
  const description = metrics.map((m) => `${m.label || '未命名'}${m.text}`).join('；');
  return (
    <figure className="chart" data-table={tableId} aria-labelledby={`${id}-caption`}>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${LABEL + BAR + 70} ${height}`}
        className="chart-svg"
      >
        <title id={`${id}-title`}>百分比数据条形图</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {metrics.map((m, i) => {
          const y = i * ROW + 4;
          const width = Math.max(1, (Math.min(m.value, 100) / 100) * BAR);
          return (
            <g key={m.id} data-label={m.label} data-value={m.value}>
              <text x={LABEL - 8} y={y + 17} textAnchor="end" className="chart-label">
                {m.label.length > 12 ? `${m.label.slice(0, 11)}…` : m.label}
              </text>
              <rect x={LABEL} y={y + 4} width={BAR} height={ROW - 10} className="chart-track" />
              <rect x={LABEL} y={y + 4} width={width} height={ROW - 10} className="chart-bar" />
              <text x={LABEL + width + 6} y={y + 17} className="chart-value">{m.text}</text>
            </g>
          );
        })}
      </svg>
      <figcaption id={`${id}-caption`}>
        图：本部分的百分比数据（{metrics.length} 项）。{description}。数据见下表。
      </figcaption>
    </figure>
  );
}
