import type { FigureChange, HeadlineFigure } from '@/lib/report';

/** Props of KeyFigures. */
export interface KeyFiguresProps {
  figures: { figure: HeadlineFigure; change: FigureChange | null }[];
  /** Link to the full figures view. */
  figuresHref: string;
}

const ARROWS = { up: '↑', down: '↓', same: '→' } as const;

/** 数说: the report's headline figures, each linking to the sentence it comes from. */
export function KeyFigures({ figures, figuresHref }: KeyFiguresProps) {
  if (figures.length === 0) return null;
  return (
    <section className="key-figures" aria-labelledby="key-figures-title" data-pagefind-ignore="all">
      <h2 id="key-figures-title">数说</h2>
      <ul>
        {figures.map(({ figure, change }) => (
          <li key={figure.metric.id}>
            <a href={`#${figure.metric.id}`} className="key-figure">
              <span className="key-figure-value">{figure.metric.text}</span>
              <span className="key-figure-label">{figure.label}</span>
              {change ? (
                <span className="key-figure-change">
                  <span aria-hidden="true">{ARROWS[change.direction]} </span>
                  较{change.previousYear}年（{change.previousText}）{change.description}
                </span>
              ) : null}
              <span className="key-figure-source">查看原文</span>
            </a>
          </li>
        ))}
      </ul>
      <p className="key-figures-more">
        <a href={figuresHref}>全部数据和图表</a>
      </p>
    </section>
  );
}
