import { z } from 'zod';
import type { ReportMeta } from './meta-schema';
import { reportMetaShape, withKind } from './meta-schema';

const field = reportMetaShape;

/**
 * Front matter of a draft: every field the report schema knows, but a missing or invalid
 * value falls back to an empty one ('' , 0, []) or the field's default instead of failing,
 * and unknown fields are ignored. The problems themselves are reported by the full schema.
 */
const draftMetaSchema = z.object({
  title: field.title.catch(''),
  year: field.year.catch(0),
  issuer: field.issuer.catch(''),
  source: field.source.catch(''),
  published: field.published.catch(''),
  columns: field.columns.catch([]),
  slug: field.slug.catch(''),
  description: field.description.catch(undefined),
  closingTitle: field.closingTitle.catch('结语'),
  attachments: field.attachments.catch([]),
  related: field.related.catch([]),
  figures: field.figures.catch([]),
  corrections: field.corrections.catch([]),
  kind: field.kind.catch(undefined),
}).transform(withKind);

/** The usable part of a draft's front matter; never fails (a non-object header reads as empty). */
export function readDraftMeta(data: unknown): ReportMeta {
  const object = typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {};
  return draftMetaSchema.parse(object);
}
