import type { RootContent } from 'mdast';
import { remark } from 'remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { ContentProblem } from './errors';
import { readDraftMeta } from './draft-meta';
import { ContentError, problem } from './errors';
import { figureProblems, withStaffLabels } from './figures';
import { locateField, splitFrontMatter } from './front-matter';
import { metaProblems } from './meta-issues';
import type { ReportMeta } from './meta-schema';
import { reportMetaSchema } from './meta-schema';
import { lineOf, outlineBody } from './outline';
import type { Place } from './outline';
import { isPlanHeading } from './plans';
import { splitPoints } from './points';
import { renderPart } from './render';
import type { Metric, Report, Section } from './types';

// CommonMark's emphasis rules fail next to Chinese punctuation (**一是…。**深入); this fixes it.
const markdown = remark().use(remarkCjkFriendly);

/** The outcome of reading one report: the report when it is valid, and every problem found. */
export interface ReportResult {
  report: Report | null;
  problems: ContentProblem[];
}

function buildSection(raw: ReturnType<typeof outlineBody>['sections'][number], place: Place, hasParts: boolean, partIndex: number, year: number | null) {
  const id = hasParts ? `part-${partIndex}-section-${raw.number}` : `section-${raw.number}`;
  const body = splitPoints(raw.nodes, place, raw.line);
  const scope = { idPrefix: id, section: raw.number, count: { n: 0 } };
  // A part or section of plans (2024年工作安排, 下一步工作打算) states targets, not results.
  const partPlanned = raw.part !== null && isPlanHeading(raw.part, year);
  const planned = partPlanned || isPlanHeading(raw.title, year);
  const mark = (found: Metric[], point: number | null) => found.map((m) => ({ ...m, point, target: m.target || planned }));
  const intro = raw.partIntro.length > 0
    ? renderPart(raw.partIntro, { idPrefix: `part-${partIndex}-intro`, section: null, count: { n: 0 } })
    : null;
  const lead = renderPart(body.lead, scope);
  const metrics: Metric[] = mark(lead.metrics, null);
  const points = body.points.map((p) => {
    const rendered = renderPart(p.nodes, scope);
    metrics.push(...mark(rendered.metrics, p.number));
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
  return { section, introMetrics, problems };
}

/** Parses the Markdown body into intro, sections, closing and appendices. */
function parseBody(body: string, place: Place, meta: Pick<ReportMeta, 'title' | 'closingTitle'> & { year: number | null }) {
  const root = markdown.parse(body);
  const outline = outlineBody(root, place, meta.title);
  const problems = [...outline.problems];
  const introScope = { idPrefix: 'intro', section: null, count: { n: 0 } };
  const intro = renderPart(outline.intro, introScope);
  const parts = [...new Set(outline.sections.map((s) => s.part))];
  const hasParts = parts.some((p) => p !== null);
  const built = outline.sections.map((raw) => buildSection(raw, place, hasParts, parts.indexOf(raw.part) + 1, meta.year));
  problems.push(...built.flatMap((b) => b.problems));
  const sections = built.map((b) => b.section);
  const closing = outline.closing ? renderPart(outline.closing, { idPrefix: 'closing', section: null, count: { n: 0 } }) : null;
  const appendices = outline.appendices.map((a, i) => ({
    raw: a,
    rendered: renderPart(a.nodes as RootContent[], { idPrefix: `appendix-${i + 1}`, section: null, count: { n: 0 } }),
  }));
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
    metrics: [
      ...intro.metrics,
      ...built.flatMap((b) => [...b.introMetrics, ...b.section.metrics]),
      ...(closing?.metrics ?? []),
      ...appendices.flatMap((a) => a.rendered.metrics),
    ],
  };
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
 */
export function readReport(source: string, file: string, options: ReadReportOptions = {}): ReportResult {
  const { frontMatter, problems } = splitFrontMatter(source, file);
  if (!frontMatter) return { report: null, problems };
  const place: Place = { file, bodyLine: frontMatter.bodyLine };
  const parsedMeta = reportMetaSchema.safeParse(frontMatter.data, { reportInput: true });
  const metaIssues = parsedMeta.success ? [] : metaProblems(parsedMeta.error.issues, frontMatter.yamlLines, file);
  const meta = parsedMeta.success ? parsedMeta.data : options.draft ? readDraftMeta(frontMatter.data) : null;
  problems.push(...(options.draft ? metaIssues.map(asWarning) : metaIssues));
  const data = frontMatter.data as { title?: unknown; closingTitle?: unknown };
  const body = parseBody(frontMatter.body, place, {
    title: meta?.title ?? (typeof data.title === 'string' ? data.title : ''),
    closingTitle: meta?.closingTitle ?? '结语',
    year: meta?.year || null,
  });
  problems.push(...body.problems);
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
