/**
 * The JSON Schema of the open data (data.json, `npm run report -- json`), published at
 * /schema/report.schema.json with an absolute $id on the configured origin. Every object
 * lists its properties and allows no others, so the schema compiles in Ajv's strict mode
 * and a consumer learns of any change to the shape.
 */

import { REPORT_KINDS } from './meta-schema';

const text = (description?: string) => ({ type: 'string', ...(description ? { description } : {}) });

/** An object with exactly these properties, the ones named in `required` mandatory. */
function object(properties: Record<string, unknown>, required: string[] = Object.keys(properties), description?: string) {
  return { type: 'object', ...(description ? { description } : {}), additionalProperties: false, required, properties };
}

const textPartProperties = {
  text: text('Plain text; paragraphs separated by a blank line.'),
  html: text('Sanitised HTML; quantities marked as <data value>.'),
};

/** RFC 3339 date-time with seconds and an offset, e.g. 2024-01-21T08:55:00+08:00. */
const DATE_TIME = String.raw`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$`;

const meta = object({
  title: text(),
  year: { type: 'integer', description: 'The year reported on.' },
  issuer: text('发布机关.'),
  source: text('来源.'),
  published: { type: 'string', pattern: DATE_TIME, description: 'Publication time, RFC 3339 in China time (+08:00).' },
  columns: { type: 'array', items: text(), description: 'Column path shown in the breadcrumb.' },
  slug: { type: 'string', pattern: '^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$' },
  description: text(),
  kind: { enum: [...REPORT_KINDS], description: 'What kind of annual report it is.' },
  closingTitle: text(),
  attachments: { type: 'array', items: object({ title: text(), url: text(), note: text() }, ['title', 'url']) },
  related: { type: 'array', items: object({ title: text(), url: text() }) },
  figures: {
    type: 'array',
    items: object({
      text: text('The quantity as written in the body.'),
      section: { type: 'integer', minimum: 1 },
      label: text(),
      key: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
      headline: { type: 'boolean' },
    }, ['text', 'headline']),
  },
  corrections: {
    type: 'array',
    items: object({ date: { type: 'string', pattern: String.raw`^\d{4}-\d{2}-\d{2}$` }, note: text() }),
  },
}, ['title', 'year', 'issuer', 'source', 'published', 'columns', 'slug', 'kind', 'closingTitle', 'attachments', 'related', 'figures', 'corrections']);

const metric = object({
  id: text('Anchor of the quantity in the report page, e.g. section-4-m8.'),
  text: text('As written, e.g. 2631.54万元.'),
  value: { type: 'number', description: "Normalised value, e.g. 26315400; a range's upper bound." },
  unit: text('Unit after normalisation (元, %, 件, 名 …); empty when none.'),
  kind: {
    enum: ['count', 'percent', 'gap', 'money', 'rank', 'measure', 'duration', 'ratio'],
    description: 'gap: a difference between two rates in percentage points (提高2个百分点, 高于全区23.42%), not a share.',
  },
  approximate: { type: 'boolean', description: 'True for 多/余/近/约 … figures and ranges.' },
  min: { anyOf: [{ type: 'number' }, { type: 'null' }], description: "A range's lower bound (2 in 2-3所), normalised like value; null when not a range." },
  max: { anyOf: [{ type: 'number' }, { type: 'null' }], description: "A range's upper bound (3 in 2-3所); null when not a range." },
  bound: { enum: ['upper', 'lower', null], description: 'A limit, not an amount: upper for 不超过/以下/以内 (at most), lower for 不低于/不少于/至少 (at least); null otherwise.' },
  target: { type: 'boolean', description: 'True for a goal or plan (力争, 预期目标, 不低于 …, or a section or part of plans), not a result.' },
  label: text('What is counted, e.g. 行政复议申请; empty when it cannot be named from the text.'),
  section: { anyOf: [{ type: 'integer' }, { type: 'null' }], description: 'Section number; null outside numbered sections.' },
  point: { anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }], description: 'Number of the sub-point of the section holding it; null in a section\'s lead or outside sections.' },
});

const labelPath = { type: 'array', items: text(), description: 'Levels of a merged header or label, top first.' };

const table = object({
  id: { type: 'string', pattern: '^table-[1-9][0-9]*$', description: 'Anchor of the table in the report page, in document order; cell anchors add -r<row>-c<column>.' },
  title: text('Caption: the short line before the table (第二十条第（一）项, 表1 …); empty when none.'),
  section: {
    description: 'Number of the section holding the table; null in the intro, closing or appendices.',
    anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }],
  },
  columns: { type: 'array', description: 'One header path per value column.', items: labelPath },
  rows: {
    type: 'array',
    items: object({
      label: labelPath,
      values: {
        type: 'array',
        description: 'One value per column: a number; null when not applicable (blank, /, —, -), which is not 0; or other text as written.',
        items: { anyOf: [{ type: 'number' }, { type: 'string' }, { type: 'null' }] },
      },
    }),
  },
});

const point = object({
  id: text(),
  number: { type: 'integer', minimum: 1 },
  marker: text('一是, （一） … as written.'),
  title: text(),
  body: text(),
  html: text(),
});

const section = object({
  id: { type: 'string', pattern: '^[a-z0-9-]+$' },
  number: { type: 'integer', minimum: 1 },
  ordinal: text('Chinese ordinal, e.g. 三.'),
  title: text(),
  part: { type: ['string', 'null'] },
  partIntro: {
    anyOf: [{ type: 'null' }, { $ref: '#/definitions/textPart' }],
    description: 'Text between the unnumbered part heading and this section, on the first section of a part; null otherwise.',
  },
  lead: { $ref: '#/definitions/textPart' },
  points: { type: 'array', items: point },
  metrics: { type: 'array', items: { $ref: '#/definitions/metric' } },
});

/** The schema, identified by `id` (its absolute URL on the site). */
export function openDataSchema(id: string) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: id,
    title: '年度报告开放数据 (report open data)',
    description: 'The parsed report published at /reports/<slug>/data.json and printed by `npm run report -- json`.',
    ...object({
      meta: { $ref: '#/definitions/meta' },
      intro: { $ref: '#/definitions/textPart' },
      sections: { type: 'array', items: section },
      closing: {
        oneOf: [
          { type: 'null' },
          object({ ...textPartProperties, title: text(), id: { const: 'closing' } }),
        ],
      },
      appendices: { type: 'array', items: object({ ...textPartProperties, id: text(), title: text() }) },
      metrics: { type: 'array', items: { $ref: '#/definitions/metric' } },
      tables: { type: 'array', description: 'Every table of the report, in document order.', items: table },
    }),
    definitions: { meta, textPart: object(textPartProperties), metric },
  };
}
