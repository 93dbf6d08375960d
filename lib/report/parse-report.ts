import type { Root, RootContent } from 'mdast';
import type { ContentProblem } from './errors';
import { disclosureErrors } from './disclosure-checks';
import { escapedCharacterProblems, forbiddenCharacterProblems } from './characters';
import { unclosedFenceProblems } from './code-fences';
import { readDraftMeta } from './draft-meta';
import { capProblems, ContentError, problem } from './errors';
import { figureProblems, withStaffLabels } from './figures';
import { locateField, normaliseSource, splitFrontMatter } from './front-matter';
import { renderedScriptProblems } from './html-checks';
import { bodyLimitProblems, fileSizeProblem, LIMITS, quantityProblem, treeDepthProblem, utf8Length } from './limits';
import { metaProblems } from './meta-issues';
import type { ReportMeta } from './meta-schema';
import { reportMetaSchema } from './meta-schema';
import { parseMarkdown } from './markdown-parser';
import { lineOf, outlineBody } from './outline';
import type { Outline, Place } from './outline';
import { isPlanHeading } from './plans';
import { splitPoints } from './points';
import type { MetricScope } from './render';
import { renderPart } from './render';
import type { TableContext } from './tables';
import type { Metric, Report, Section } from './types';

/** A fresh numbering scope for the quantities of one part; tables are numbered across the report. */
function scopeOf(idPrefix: string, section: number | null, tables: TableContext, caption = ''): MetricScope {
  return { idPrefix, section, count: { n: 0 }, tables, caption };
}

/** The outcome of reading one report: the report when it is valid, and every problem found. */
export interface ReportResult {
  report: Report | null;
  problems: ContentProblem[];
}

function buildSection(raw: ReturnType<typeof outlineBody>['sections'][number], tables: TableContext, hasParts: boolean, partIndex: number, year: number | null) {
  const place: Place = tables;
  const id = hasParts ? `part-${partIndex}-section-${raw.number}` : `section-${raw.number}`;
  const body = splitPoints(raw.nodes, place, raw.line);
  const scope = scopeOf(id, raw.number, tables, raw.title);
  // A part or section of plans (2024年工作安排, 下一步工作打算) states targets, not results.
  const partPlanned = raw.part !== null && isPlanHeading(raw.part, year);
  const planned = partPlanned || isPlanHeading(raw.title, year);
  const mark = (found: readonly Metric[], point: number | null) => found.map((m) => ({ ...m, point, target: m.target || planned }));
  const intro = raw.partIntro.length > 0 ? renderPart(raw.partIntro, scopeOf(`part-${partIndex}-intro`, null, tables, raw.part ?? '')) : null;
  const lead = renderPart(body.lead, scope);
  const metrics: Metric[] = mark(lead.metrics, null);
  const sectionTables = [...(intro?.tables ?? []), ...lead.tables];
  const points = body.points.map((p) => {
    const rendered = renderPart(p.nodes, scope);
    for (const metric of mark(rendered.metrics, p.number)) metrics.push(metric);
    for (const table of rendered.tables) sectionTables.push(table);
    return {
      id: `${id}-point-${p.number}`,
      number: p.number,
      marker: p.marker,
      title: p.title,
      body: rendered.part.text,
      html: rendered.part.html,
      line: p.line,
    };
  });
  const problems = [...body.problems];
  if (lead.part.text === '' && points.length === 0) {
    problems.push(problem(place.file, raw.line, '正文',
      `第${raw.ordinal}部分“${raw.title}”没有正文：请在标题下补上内容，或删除这个标题`));
  }
  const section: Section = {
    id, number: raw.number, ordinal: raw.ordinal, title: raw.title, part: raw.part, partIntro: intro?.part ?? null,
    lead: lead.part, points, metrics, line: raw.line,
  };
  const introMetrics = (intro?.metrics ?? []).map((m) => ({ ...m, target: m.target || partPlanned }));
  return { section, introMetrics, tables: sectionTables, problems };
}

/** Parses the Markdown body into intro, sections, closing and appendices. */
function parseBody(root: Root, body: string, place: Place, meta: Pick<ReportMeta, 'title' | 'closingTitle'> & { year: number | null }) {
  const outline = outlineBody(root, place, meta.title);
  const problems = [...outline.problems];
  const tables: TableContext = { ...place, source: body, count: { n: 0 }, problems: [] };
  const intro = renderPart(outline.intro, scopeOf('intro', null, tables));
  const parts = [...new Set(outline.sections.map((s) => s.part))];
  const hasParts = parts.some((p) => p !== null);
  const built = outline.sections.map((raw) => buildSection(raw, tables, hasParts, parts.indexOf(raw.part) + 1, meta.year));
  const sections = built.map((b) => b.section);
  for (const b of built) for (const p of b.problems) problems.push(p);
  const closing = outline.closing ? renderPart(outline.closing, scopeOf('closing', null, tables, meta.closingTitle)) : null;
  const appendices = outline.appendices.map((a, i) => ({
    raw: a,
    rendered: renderPart(a.nodes as RootContent[], scopeOf(`appendix-${i + 1}`, null, tables, a.title)),
  }));
  for (const p of tables.problems) problems.push(p);
  const quantities = [
    ...intro.metrics,
    ...built.flatMap((b) => [...b.introMetrics, ...b.section.metrics]),
    ...(closing?.metrics ?? []),
    ...appendices.flatMap((a) => a.rendered.metrics),
  ];
  if (quantities.length > LIMITS.quantities) {
    problems.push(quantityProblem(place.file, limitLine(outline, sections, intro.metrics.length, place), quantities.length));
  }
  const rendered = [
    { html: intro.part.html, line: place.bodyLine },
    ...sections.flatMap((s) => [
      ...(s.partIntro ? [{ html: s.partIntro.html, line: s.line }] : []),
      { html: s.lead.html, line: s.line },
      ...s.points.map((p) => ({ html: p.html, line: p.line })),
    ]),
    ...(closing && outline.closing?.[0] ? [{ html: closing.part.html, line: lineOf(outline.closing[0], place) }] : []),
    ...appendices.map(({ raw, rendered: r }) => ({ html: r.part.html, line: raw.line })),
  ];
  problems.push(...renderedScriptProblems(rendered, place.sourceLines, place.file));
  if (sections.length === 0) {
    const first = root.children[0];
    problems.push(problem(place.file, first ? lineOf(first, place) : place.bodyLine, '正文',
      '没有找到编号部分：正文应按“一、”“二、”……分部分，每部分标题单独一行，写成 ## 一、标题'));
  }
  return {
    problems,
    intro: intro.part,
    sections,
    closing: closing ? { ...closing.part, title: meta.closingTitle, id: 'closing' as const } : null,
    appendices: appendices.map(({ raw, rendered }, i) => ({ ...rendered.part, id: `appendix-${i + 1}`, title: raw.title })),
    metrics: quantities,
    tables: [
      ...intro.tables,
      ...built.flatMap((b) => b.tables),
      ...(closing?.tables ?? []),
      ...appendices.flatMap((a) => a.rendered.tables),
    ],
  };
}

/** The line of the part in which the report passes LIMITS.quantities. */
function limitLine(outline: Outline, sections: readonly Section[], introCount: number, place: Place): number {
  let count = introCount;
  if (count > LIMITS.quantities) return outline.intro[0] ? lineOf(outline.intro[0], place) : place.bodyLine;
  for (const section of sections) {
    count += section.metrics.length;
    if (count > LIMITS.quantities) return section.line;
  }
  return sections.at(-1)?.line ?? outline.appendices[0]?.line ?? place.bodyLine;
}

/** How readReport treats the front matter. */
export interface ReadReportOptions {
  /**
   * Draft mode, for reviewing a report whose front matter is still being filled in:
   * missing or invalid fields become warnings (the report gets empty values for them) and a
   * report is returned whenever the file can be split into front matter and body, even if
   * the body has errors. Default false: full validation.
   */
  draft?: boolean;
}

const asWarning = (p: ContentProblem): ContentProblem => ({ ...p, severity: 'warning' });

/**
 * Reads one report file's source into a Report, collecting every problem instead of
 * stopping at the first. Without `draft`, `report` is null when any problem is an error.
 * Never throws: whatever goes wrong becomes a problem of the file.
 */
export function readReport(source: string, file: string, options: ReadReportOptions = {}): ReportResult {
  try {
    const result = readChecked(source, file, options);
    return { report: result.report, problems: capProblems(result.problems) };
  } catch (error) {
    return { report: null, problems: [unexpectedProblem(file, error)] };
  }
}

/** The problem reported when reading a file throws: one line, never a stack trace. */
export function unexpectedProblem(file: string, error: unknown): ContentProblem {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return problem(file, 1, '文件',
    `检查这个文件时程序出错（${what.slice(0, 200)}）：文件的结构可能有异常。请把这个文件和这条提示发给网站技术人员`);
}

/** Problems that stop reading a file before its front matter is parsed: size, invisible characters. */
function sourceProblems(source: string, lines: readonly string[], file: string): ContentProblem[] {
  const size = fileSizeProblem(file, utf8Length(source));
  if (size) return [size];
  const headEnd = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line)) + 1;
  return forbiddenCharacterProblems(lines, file, 1, (line) => (line <= headEnd ? '头信息' : '正文'));
}

function readChecked(source: string, file: string, options: ReadReportOptions): ReportResult {
  const sourceLines = normaliseSource(source).split('\n');
  const early = sourceProblems(source, sourceLines, file);
  if (early.length > 0) return { report: null, problems: early };
  const { frontMatter, problems } = splitFrontMatter(source, file);
  if (!frontMatter) return { report: null, problems };
  const place: Place = { file, bodyLine: frontMatter.bodyLine, sourceLines };
  const escaped = escapedCharacterProblems(frontMatter.data, frontMatter.yamlLines, file);
  const limits = bodyLimitProblems(frontMatter.body, place);
  if (escaped.length > 0 || limits.length > 0) return { report: null, problems: [...escaped, ...limits] };
  const root = parseMarkdown(frontMatter.body);
  const deep = treeDepthProblem(root, place);
  if (deep) return { report: null, problems: [deep] };
  problems.push(...unclosedFenceProblems(root, frontMatter.body, place));
  const parsedMeta = reportMetaSchema.safeParse(frontMatter.data, { reportInput: true });
  const metaIssues = parsedMeta.success ? [] : metaProblems(parsedMeta.error.issues, frontMatter.yamlLines, file);
  const meta = parsedMeta.success ? parsedMeta.data : options.draft ? readDraftMeta(frontMatter.data) : null;
  problems.push(...(options.draft ? metaIssues.map(asWarning) : metaIssues));
  const data = frontMatter.data as { title?: unknown; closingTitle?: unknown };
  const body = parseBody(root, frontMatter.body, place, {
    title: meta?.title ?? (typeof data.title === 'string' ? data.title : ''),
    closingTitle: meta?.closingTitle ?? '结语',
    year: meta?.year || null,
  });
  for (const p of body.problems) problems.push(p);
  if (meta) problems.push(...disclosureErrors({ meta, ...body }, file, place.bodyLine));
  if (!meta || (!options.draft && problems.some((p) => p.severity === 'error'))) return { report: null, problems };
  const { problems: _ignored, ...rest } = body;
  const report: Report = withStaffLabels({ meta, ...rest });
  const unknownFigures = figureProblems(report, file, (i) => locateField(frontMatter.yamlLines, ['figures', i, 'text']));
  if (options.draft) return { report, problems: [...problems, ...unknownFigures.map(asWarning)] };
  if (unknownFigures.length > 0) return { report: null, problems: [...problems, ...unknownFigures] };
  return { report, problems };
}

/** Parses one report's source into a validated Report; throws ContentError listing every problem. */
export function parseReport(source: string, file = 'report.md'): Report {
  const { report, problems } = readReport(source, file);
  if (!report) throw new ContentError(problems);
  return report;
}
