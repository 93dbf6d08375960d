import { defaultSchema } from 'hast-util-sanitize';
import type { Schema } from 'hast-util-sanitize';
import type { Nodes, PhrasingContent, RootContent, Text } from 'mdast';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { plainText } from './inline';
import type { MetricMatch } from './metrics';
import { extractMetrics } from './metrics';
import type { TableContext } from './tables';
import { placeTables } from './tables';
import type { Metric, ReportTable, TextPart } from './types';

/**
 * GitHub-style sanitising (remark-html's default) plus the `<data value>` element that
 * marks quantities. Raw HTML from content never gets this far: remark-html drops it.
 * Ids are not prefixed because the only ids are the ones this module generates.
 */
const SCHEMA: Schema = {
  ...defaultSchema,
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'id' && name !== 'ariaLabelledBy'),
  tagNames: [...(defaultSchema.tagNames ?? []), 'data', 'caption'],
  ancestors: { ...defaultSchema.ancestors, caption: ['table'] },
  attributes: {
    ...defaultSchema.attributes,
    data: ['value', 'id', ['className', 'metric']],
    // The table region (lib/report/table-html.ts): a labelled, focusable scroll box.
    div: [...(defaultSchema.attributes?.div ?? []), ['className', 'table-region'], ['role', 'region'], 'ariaLabelledBy'],
    table: [...(defaultSchema.attributes?.table ?? []), ['className', 'data-table']],
    caption: [['className', 'visually-hidden']],
    th: [['className', 'label-head']],
    td: [['className', 'num', 'na', 'text']],
    span: [['className', 'visually-hidden'], ['ariaHidden', 'true']],
  },
};

const toHtml = remark().use(remarkHtml, { sanitize: SCHEMA });

/** Where the quantities of one part are numbered from, and whom they belong to. */
export interface MetricScope {
  /** Anchor prefix, e.g. section-4 → ids section-4-m1, section-4-m2 … */
  idPrefix: string;
  section: number | null;
  /** Running count within the prefix; advanced by each call. */
  count: { n: number };
  /** The report's table numbering and problems, shared by all its parts. */
  tables: TableContext;
  /** Hidden caption of a table without one: the section's title, or '' (then 表N). */
  caption: string;
}

/** A plain-text range [start, end) to wrap, with what it becomes. */
interface WrapRange<T> {
  start: number;
  end: number;
  item: T;
}

/**
 * Wraps each range that lies inside one text node in `wrap`, in one pass over the nodes
 * (ranges sorted, not overlapping). A range across nodes or inside a link stays as it is.
 */
function wrapRanges<T>(
  nodes: readonly PhrasingContent[],
  ranges: readonly WrapRange<T>[],
  wrap: (value: string, item: T) => Text,
): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let pos = 0;
  let r = 0;
  for (const node of nodes) {
    const end = pos + plainText(node).length;
    const inside: WrapRange<T>[] = [];
    for (; r < ranges.length && ranges[r]!.end <= end; r++) {
      if (ranges[r]!.start >= pos) inside.push({ ...ranges[r]!, start: ranges[r]!.start - pos, end: ranges[r]!.end - pos });
    }
    if (inside.length === 0) out.push(node);
    else if (node.type === 'text') {
      let cut = 0;
      for (const range of inside) {
        if (range.start > cut) out.push({ type: 'text', value: node.value.slice(cut, range.start) });
        out.push(wrap(node.value.slice(range.start, range.end), range.item));
        cut = range.end;
      }
      if (cut < node.value.length) out.push({ type: 'text', value: node.value.slice(cut) });
    } else if ('children' in node && node.type !== 'link') {
      out.push({ ...node, children: wrapRanges(node.children as PhrasingContent[], inside, wrap) } as PhrasingContent);
    } else out.push(node);
    pos = end;
  }
  return out;
}

function toMetric({ start: _start, end: _end, ...match }: MetricMatch, scope: MetricScope): Metric {
  scope.count.n += 1;
  return { id: `${scope.idPrefix}-m${scope.count.n}`, ...match, section: scope.section, point: null };
}

/** Finds the quantities of a block of text and marks them up as `<data value>`. */
function markBlock(node: RootContent, scope: MetricScope, found: Metric[]): RootContent {
  // A number in a table is addressed by its row and column, never an unlabelled prose metric.
  if (node.type === 'table') return node;
  if (node.type === 'paragraph') {
    const ranges = extractMetrics(plainText(node)).map((match) => {
      const metric = toMetric(match, scope);
      found.push(metric);
      return { start: match.start, end: match.end, item: metric };
    });
    const children = wrapRanges(node.children as PhrasingContent[], ranges, (value, metric): Text => ({
      type: 'text',
      value,
      data: {
        hName: 'data',
        hProperties: { value: String(metric.value), id: metric.id, className: ['metric'] },
      },
    }));
    return { ...node, children } as RootContent;
  }
  if ('children' in node && node.type !== 'heading') {
    const children = (node.children as RootContent[]).map((child) => markBlock(child, scope, found));
    return { ...node, children } as RootContent;
  }
  return node;
}

/** Plain text of blocks: paragraphs separated by a blank line, list items by a line break. */
export function blocksText(nodes: readonly RootContent[]): string {
  return nodes
    .map((node): string => {
      if (node.type === 'list') return node.children.map((item) => blocksText(item.children)).join('\n');
      if (node.type === 'blockquote') return blocksText(node.children);
      if (node.type === 'table') {
        return node.children.map((row) => row.children.map((c) => plainText(c)).join('\t')).join('\n');
      }
      if (node.type === 'code') return node.value;
      return plainText(node as Nodes);
    })
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}

/** A part rendered: its text and HTML, the quantities of its prose and its tables. */
export interface RenderedPart {
  part: TextPart;
  metrics: Metric[];
  tables: ReportTable[];
}

/** Renders blocks of one part to safe HTML with their quantities marked up and tables laid out. */
export function renderPart(nodes: readonly RootContent[], scope: MetricScope): RenderedPart {
  const metrics: Metric[] = [];
  const tables: ReportTable[] = [];
  const placed = placeTables(nodes, scope.tables, scope.section, scope.caption, tables);
  const marked = placed.map((node) => markBlock(node, scope, metrics));
  const html = marked.length === 0 ? '' : toHtml.stringify({ type: 'root', children: marked });
  return { part: { text: blocksText(nodes), html: html.trim() }, metrics, tables };
}
