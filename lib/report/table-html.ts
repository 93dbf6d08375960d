import type { Element, ElementContent, Properties } from 'hast';
import type { ReadTable } from './table-read';
import { cellNumberText } from './table-values';

/** Anchor id of the value cell in row `row`, column `column` (0-based) of a table: table-3-r5-c2. */
export function cellId(tableId: string, row: number, column: number): string {
  return `${tableId}-r${row + 1}-c${column + 1}`;
}

/** Anchor id of a column header cell spanning from column `column` (0-based) at `level`. */
export function columnHeaderId(tableId: string, column: number, level: number): string {
  return `${tableId}-col-${column + 1}-${level + 1}`;
}

/** What a screen reader hears for a "not applicable" cell. */
export const NOT_APPLICABLE_TEXT = '不适用';

/** Marks shown as written for a "not applicable" cell; a blank cell shows the first. */
const SHOWN_MARKS = ['—', '/', '／', '——', '-', '－'];

/** One header cell spanning `span` consecutive columns (or rows) from `at`, at one level. */
interface LevelSpan {
  at: number;
  span: number;
  text: string;
  /** The path ends at this level: the cell also fills the levels below. */
  leaf: boolean;
}

const samePrefix = (a: readonly string[], b: readonly string[], level: number) =>
  a.slice(0, level + 1).every((text, i) => text === b[i]);

/** The header cells of one level: consecutive paths sharing their prefix merge; a leaf never does. */
function levelSpans(paths: readonly string[][], level: number): LevelSpan[] {
  const spans: LevelSpan[] = [];
  paths.forEach((path, i) => {
    if (path.length <= level) return;
    const leaf = path.length - 1 === level;
    const previous = spans.at(-1);
    const first = previous ? paths[previous.at] : undefined;
    if (previous && first && !previous.leaf && !leaf && previous.at + previous.span === i && samePrefix(first, path, level)) {
      previous.span += 1;
    } else spans.push({ at: i, span: 1, text: path[level] ?? '', leaf });
  });
  return spans;
}

function element(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

const text = (value: string): ElementContent => ({ type: 'text', value });

/** colspan/rowspan properties, left out when 1. */
const spanProps = (colSpan: number, rowSpan: number): Properties => ({
  ...(colSpan > 1 ? { colSpan } : {}),
  ...(rowSpan > 1 ? { rowSpan } : {}),
});

/** The header cells of every level, and for each column (or row) the ids of the cells over it. */
function headerGrid(paths: readonly string[][], idOf: (span: LevelSpan, level: number) => string) {
  const depth = Math.max(1, ...paths.map((p) => p.length));
  const levels = Array.from({ length: depth }, (_, level) => levelSpans(paths, level));
  const ids = paths.map(() => [] as string[]);
  levels.forEach((spans, level) => {
    for (const span of spans) {
      if (span.text === '') continue;
      for (let i = span.at; i < span.at + span.span; i++) ids[i]?.push(idOf(span, level));
    }
  });
  return { depth, levels, ids };
}

/** The content of a value cell: the number, the text, or a mark announced as 不适用. */
function valueContent(value: number | string | null, written: string): ElementContent[] {
  if (value === null) {
    const mark = SHOWN_MARKS.find((m) => m === written.trim()) ?? SHOWN_MARKS[0] ?? '—';
    return [
      element('span', { ariaHidden: 'true' }, [text(mark)]),
      element('span', { className: ['visually-hidden'] }, [text(NOT_APPLICABLE_TEXT)]),
    ];
  }
  return [text(typeof value === 'number' ? cellNumberText(written) : value)];
}

/**
 * The table as sanitisable HTML (a hast tree): merged header cells for ` / ` paths, the label
 * column's levels as row-spanning header cells, every value cell tied to its row and column
 * headers (`headers`/`id`) and given its own id (table-3-r5-c2), inside a labelled, focusable
 * scroll region. `caption` is the title, or `fallback` (hidden) when the table has none.
 */
export function tableElement({ table, labelHeader, written }: ReadTable, fallback: string): Element {
  const { id } = table;
  const columns = headerGrid(table.columns, (s, level) => columnHeaderId(id, s.at, level));
  const labels = headerGrid(table.rows.map((r) => r.label), (s, level) => `${id}-row-${s.at + 1}-${level + 1}`);
  // A table without any label (表四 of the 年报) gets no label column at all.
  const labelled = labelHeader !== '' || table.rows.some((row) => row.label.some((level) => level !== ''));
  const corner = labelHeader === ''
    ? element('td', spanProps(labels.depth, columns.depth), [])
    : element('th', { ...spanProps(labels.depth, columns.depth), scope: 'col', className: ['label-head'] }, [text(labelHeader)]);
  const headRows = columns.levels.map((spans, level) => element('tr', {}, [
    ...(level === 0 && labelled ? [corner] : []),
    ...spans.map((s) => element(s.text === '' ? 'td' : 'th', {
      ...(s.text === '' ? {} : { id: columnHeaderId(id, s.at, level), scope: s.span > 1 ? 'colgroup' : 'col' }),
      ...spanProps(s.span, s.leaf ? columns.depth - level : 1),
    }, [text(s.text)])),
  ]));
  const bodyRows = table.rows.map((row, r) => element('tr', {}, [
    ...(labelled ? labels.levels : []).flatMap((spans, level) => spans.filter((s) => s.at === r).map((s) => element(s.text === '' ? 'td' : 'th', {
      ...(s.text === '' ? {} : { id: `${id}-row-${r + 1}-${level + 1}`, scope: 'row' }),
      ...spanProps(s.leaf ? labels.depth - level : 1, s.span),
    }, [text(s.text)]))),
    ...row.values.map((value, c) => element('td', {
      id: cellId(id, r, c),
      headers: [...(columns.ids[c] ?? []), ...(labels.ids[r] ?? [])],
      className: [value === null ? 'na' : typeof value === 'number' ? 'num' : 'text'],
    }, valueContent(value, written[r]?.[c] ?? ''))),
  ]));
  const caption = element('caption', { id: `${id}-caption`, ...(table.title ? {} : { className: ['visually-hidden'] }) },
    [text(table.title || fallback)]);
  return element('div', { className: ['table-region'], role: 'region', tabIndex: 0, ariaLabelledBy: [`${id}-caption`] }, [
    element('table', { id, className: ['data-table'] }, [
      caption,
      element('thead', {}, headRows),
      element('tbody', {}, bodyRows),
    ]),
  ]);
}
