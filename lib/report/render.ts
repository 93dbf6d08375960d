import { defaultSchema } from 'hast-util-sanitize';
import type { Schema } from 'hast-util-sanitize';
import type { Nodes, PhrasingContent, RootContent, Text } from 'mdast';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { plainText } from './inline';
import type { MetricMatch } from './metrics';
import { extractMetrics } from './metrics';
import type { Metric, TextPart } from './types';

/**
 * GitHub-style sanitising (remark-html's default) plus the `<data value>` element that
 * marks quantities. Raw HTML from content never gets this far: remark-html drops it.
 * Ids are not prefixed because the only ids are the ones this module generates.
 */
const SCHEMA: Schema = {
  ...defaultSchema,
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'id'),
  tagNames: [...(defaultSchema.tagNames ?? []), 'data'],
  attributes: {
    ...defaultSchema.attributes,
    data: ['value', 'id', ['className', 'metric']],
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
}

/** Wraps plain-text range [start, end) in `wrap` when it lies inside one text node. */
function wrapRange(
  nodes: readonly PhrasingContent[],
  start: number,
  end: number,
  wrap: (value: string) => Text,
): PhrasingContent[] | null {
  let pos = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const length = plainText(node).length;
    if (start >= pos && end <= pos + length) {
      if (node.type === 'text') {
        const a = start - pos;
        const b = end - pos;
        const text = (value: string): Text => ({ type: 'text', value });
        const pieces = [text(node.value.slice(0, a)), wrap(node.value.slice(a, b)), text(node.value.slice(b))]
          .filter((t) => t.value !== '' || t.data !== undefined);
        return [...nodes.slice(0, i), ...pieces, ...nodes.slice(i + 1)];
      }
      if ('children' in node && node.type !== 'link') {
        const inner = wrapRange(node.children as PhrasingContent[], start - pos, end - pos, wrap);
        if (!inner) return null;
        return [...nodes.slice(0, i), { ...node, children: inner } as PhrasingContent, ...nodes.slice(i + 1)];
      }
      return null;
    }
    pos += length;
  }
  return null;
}

function toMetric({ start: _start, end: _end, ...match }: MetricMatch, scope: MetricScope): Metric {
  scope.count.n += 1;
  return { id: `${scope.idPrefix}-m${scope.count.n}`, ...match, section: scope.section, point: null };
}

/** Finds the quantities of a block of text and marks them up as `<data value>`. */
function markBlock(node: RootContent, scope: MetricScope, found: Metric[]): RootContent {
  if (node.type === 'paragraph' || node.type === 'tableCell') {
    let children = node.children as PhrasingContent[];
    for (const match of extractMetrics(plainText(node))) {
      const metric = toMetric(match, scope);
      found.push(metric);
      const wrapped = wrapRange(children, match.start, match.end, (value) => ({
        type: 'text',
        value,
        data: {
          hName: 'data',
          hProperties: { value: String(metric.value), id: metric.id, className: ['metric'] },
        },
      }));
      if (wrapped) children = wrapped;
    }
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

/** Renders blocks of one part to safe HTML with their quantities marked up. */
export function renderPart(nodes: readonly RootContent[], scope: MetricScope): { part: TextPart; metrics: Metric[] } {
  const metrics: Metric[] = [];
  const marked = nodes.map((node) => markBlock(node, scope, metrics));
  const html = marked.length === 0 ? '' : toHtml.stringify({ type: 'root', children: marked });
  return { part: { text: blocksText(nodes), html: html.trim() }, metrics };
}
