import type { Report } from '../../lib/report';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = (text: string) => text.split(/\n\s*\n/).filter((p) => p.trim()).map((p) => `<p>${escape(p.trim())}</p>`);

/** The report's text and nothing else, as a bare HTML document: the serving floor. */
export function barePage(report: Report): string {
  const body = [
    `<h1>${escape(report.meta.title)}</h1>`,
    ...paragraphs(report.intro.text),
    ...report.sections.flatMap((s) => [
      `<h2>${escape(`${s.ordinal}、${s.title}`)}</h2>`,
      ...paragraphs(s.lead.text),
      ...s.points.flatMap((p) => [`<h3>${escape(`${p.marker}${p.title}`)}</h3>`, ...paragraphs(p.body)]),
    ]),
    ...(report.closing ? [`<h2>${escape(report.closing.title)}</h2>`, ...paragraphs(report.closing.text)] : []),
    ...report.appendices.flatMap((a) => [`<h2>${escape(a.title)}</h2>`, ...paragraphs(a.text)]),
  ];
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(report.meta.title)}</title></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}
