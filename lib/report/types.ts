import type { ReportMeta } from './meta-schema';

import type { MetricKind, MetricMatch } from './metrics';
import type { TableValue } from './table-values';

export type { MetricKind, TableValue };

/** One quantity stated in the report body: what the extractor found, placed in the report. */
export interface Metric extends Omit<MetricMatch, 'start' | 'end'> {
  /** Anchor id of the quantity in the rendered text, e.g. section-4-m8 (`<data id>`). */
  id: string;
  /** Number of the section it belongs to; null in the intro, a part's intro, the closing or appendices. */
  section: number | null;
  /** Number of the sub-point of its section that holds it (Point.number); null in a section's lead or outside sections. */
  point: number | null;
}

/** A run of body text: its plain text (paragraphs separated by blank lines) and safe HTML. */
export interface TextPart {
  text: string;
  html: string;
}

/** A sub-point of a section (一是… / （一）… / ###). */
export interface Point {
  /** Anchor id, e.g. section-1-point-2. */
  id: string;
  /** 1-based number within the section. */
  number: number;
  /** How the report numbers it, e.g. 一是, （一）; '' for unnumbered ### headings. */
  marker: string;
  /** Title without its marker or final 。, e.g. 不断夯实思想基础. */
  title: string;
  /** Plain text of the body. */
  body: string;
  /** Safe HTML of the body. */
  html: string;
  /** 1-based line in the source file. */
  line: number;
}

/** A numbered top-level part (一、…) of the report. */
export interface Section {
  /** Stable ASCII anchor, e.g. section-3 (part-2-section-3 when the report has parts). */
  id: string;
  /** 1-based number as written (一、 → 1). */
  number: number;
  /** Chinese ordinal as written, e.g. 三. */
  ordinal: string;
  /** Title without ordinal or final 。. */
  title: string;
  /** Unnumbered part heading this section falls under (2022年工作回顾), or null. */
  part: string | null;
  /** Text between the part heading and this section, on the first section of a part; null otherwise. */
  partIntro: TextPart | null;
  /** Lead paragraphs before the first point. */
  lead: TextPart;
  points: Point[];
  /** Quantities in this section's lead and points, in text order. */
  metrics: Metric[];
  /** 1-based line of the section heading in the source file. */
  line: number;
}

/** Text after the last section: shortcomings, next-year plans (marked with a *** line). */
export interface Closing extends TextPart {
  /** Heading shown for it (front matter closingTitle, default 结语). */
  title: string;
  id: 'closing';
}

/** An appendix such as 附：名词解释. */
export interface Appendix extends TextPart {
  id: string;
  title: string;
}

/** One row of a table: its label path and one value per value column. */
export interface TableRow {
  /** The row label's levels, top first, e.g. [三、本年度办理结果, （三）不予公开, 1.属于国家秘密]. */
  label: string[];
  /** One value per column: a number, null (not applicable: blank, /, —) or text as written. */
  values: TableValue[];
  /** 1-based line of the row in the source file (not published). */
  line: number;
}

/** A table of the report (a GFM table in the Markdown), in document order. */
export interface ReportTable {
  /** Anchor id in document order: table-1, table-2 … */
  id: string;
  /** Caption: the short paragraph right before the table (第二十条第（一）项, 表1 …); '' if none. */
  title: string;
  /** Number of the section holding it; null in the intro, closing or appendices. */
  section: number | null;
  /** One header path per value column, top header row first. */
  columns: string[][];
  rows: TableRow[];
  /** 1-based line of the table's header row in the source file (not published). */
  line: number;
}

/** A parsed, validated report: the single source every page, feed and data file renders. */
export interface Report {
  meta: ReportMeta;
  intro: TextPart;
  sections: Section[];
  closing: Closing | null;
  appendices: Appendix[];
  /** Every quantity in the body's prose, in text order (numbers in tables are not metrics). */
  metrics: Metric[];
  /** Every table of the body, in document order. */
  tables: ReportTable[];
}
