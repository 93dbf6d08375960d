import type { Report, Section } from '@/lib/report';
import { IDS } from '@/lib/ui/ids';
import { ReadSectionButton } from './read-aloud';

/** Props of ReportBody. */
export interface ReportBodyProps {
  report: Report;
}

function BackToContents() {
  return (
    <p className="back-to-toc no-print" data-pagefind-ignore="all">
      <a href={`#${IDS.toc}`}>返回目录</a>
    </p>
  );
}

/** Sanitised HTML produced by lib/report at build time. */
function Html({ html, className }: { html: string; className?: string }) {
  return html ? <div className={className} dangerouslySetInnerHTML={{ __html: html }} /> : null;
}

function ReportSection({ section, showPart }: { section: Section; showPart: boolean }) {
  const headingId = `${section.id}-title`;
  return (
    <section id={section.id} aria-labelledby={headingId} className="report-section">
      {showPart && section.part ? <p className="part-title">{section.part}</p> : null}
      <Html html={section.partIntro?.html ?? ''} className="prose part-intro" />
      <div className="section-heading">
        <h2 id={headingId}>
          {section.ordinal}、{section.title}
        </h2>
        <ReadSectionButton sectionId={section.id} title={`${section.ordinal}、${section.title}`} />
      </div>
      <Html html={section.lead.html} className="prose" />
      {section.points.map((point) => (
        <div key={point.id} className="point">
          <h3 id={point.id}>
            {point.marker}
            {point.title}
          </h3>
          <Html html={point.html} className="prose" />
        </div>
      ))}
      <BackToContents />
    </section>
  );
}

/** The report text: intro, numbered sections with their points, closing, appendices. */
export function ReportBody({ report }: ReportBodyProps) {
  return (
    <div className="report-body">
      <Html html={report.intro.html} className="prose intro" />
      {report.sections.map((section, i) => (
        <ReportSection
          key={section.id}
          section={section}
          showPart={section.part !== (report.sections[i - 1]?.part ?? null)}
        />
      ))}
      {report.closing ? (
        <section id="closing" aria-labelledby="closing-title" className="report-section">
          <div className="section-heading">
            <h2 id="closing-title">{report.closing.title}</h2>
            <ReadSectionButton sectionId="closing" title={report.closing.title} />
          </div>
          <Html html={report.closing.html} className="prose" />
          <BackToContents />
        </section>
      ) : null}
      {report.appendices.map((appendix) => (
        <section key={appendix.id} id={appendix.id} aria-labelledby={`${appendix.id}-title`} className="report-section">
          <h2 id={`${appendix.id}-title`}>{appendix.title}</h2>
          <Html html={appendix.html} className="prose" />
          <BackToContents />
        </section>
      ))}
    </div>
  );
}
