import type { Report } from '@/lib/report';
import { IDS } from '@/lib/ui/ids';

/** Props of TableOfContents. */
export interface TableOfContentsProps {
  report: Report;
}

/** 目录: the report's parts as a navigation landmark with an ordered list of links. */
export function TableOfContents({ report }: TableOfContentsProps) {
  return (
    <nav id={IDS.toc} className="toc" aria-labelledby={IDS.tocHeading} data-pagefind-ignore="all">
      <h2 id={IDS.tocHeading} className="toc-title">目录</h2>
      <ol>
        {report.sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>
              {section.ordinal}、{section.title}
            </a>
          </li>
        ))}
        {report.closing ? (
          <li>
            <a href="#closing">{report.closing.title}</a>
          </li>
        ) : null}
        {report.appendices.map((appendix) => (
          <li key={appendix.id}>
            <a href={`#${appendix.id}`}>{appendix.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
