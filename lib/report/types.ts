import type { ReportMeta } from './meta-schema';

import type { MetricKind, MetricMatch } from './metrics';

export type { MetricKind };

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

/** A parsed, validated report: the single source every page, feed and data file renders. */
export interface Report {
  meta: ReportMeta;
  intro: TextPart;
  sections: Section[];
  closing: Closing | null;
  appendices: Appendix[];
  /** Every quantity in the body, in text order. */
  metrics: Metric[];
}
