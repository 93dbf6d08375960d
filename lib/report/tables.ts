import type { Paragraph, RootContent, Table } from 'mdast';
import type { ContentProblem } from './errors';
import { plainText } from './inline';
import type { Place } from './outline';
import { tableElement } from './table-html';
import { readTable } from './table-read';
import type { ReportTable } from './types';

/** What every part of one report shares while its tables are read: numbering, source, problems. */
export interface TableContext extends Place {
  /** The Markdown body (positions in the syntax tree are offsets into it). */
  source: string;
  /** Tables numbered so far in the report (ids table-1, table-2 … in document order). */
  count: { n: number };
  problems: ContentProblem[];
}

/** Longest paragraph read as a table's caption. */
const MAX_CAPTION = 40;

/** A short line without sentence punctuation right before a table: its caption (第二十条第（一）项, 表1 …). */
export function isCaption(node: RootContent | undefined): node is Paragraph {
  if (node?.type !== 'paragraph') return false;
  const text = plainText(node).trim();
  return text !== '' && text.length <= MAX_CAPTION && !/[。！？!?；;]/.test(text) && !/[：:，,、]$/.test(text);
}

/**
 * Replaces each GFM table of a part by its sanitisable HTML (caption, merged headers, cell ids)
 * and takes the caption paragraph before it into the table. Returns the new blocks and the
 * tables read, in order. `fallback` names a table without caption (hidden, for screen readers).
 */
export function placeTables(
  nodes: readonly RootContent[],
  context: TableContext,
  section: number | null,
  fallback: string,
  found: ReportTable[],
): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    if (node.type !== 'table') {
      out.push('children' in node && ['blockquote', 'list', 'listItem'].includes(node.type)
        ? { ...node, children: placeTables(node.children as RootContent[], context, section, fallback, found) } as RootContent
        : node);
      continue;
    }
    const before = out.at(-1);
    const caption = isCaption(before) ? plainText(before).trim() : '';
    if (caption) out.pop();
    context.count.n += 1;
    const n = context.count.n;
    const { read, problems } = readTable(node, { ...context, id: `table-${n}`, title: caption, section });
    context.problems.push(...problems);
    found.push(read.table);
    const html = tableElement(read, fallback || `表${n}`);
    const placed: Table = { ...node, data: { hName: 'div', hProperties: html.properties, hChildren: html.children } };
    out.push(placed);
  }
  return out;
}
