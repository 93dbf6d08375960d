import type { DocumentDate } from './dates';
import { isoDate, readTitleYear } from './dates';
import { kindFromTitle } from '../report/meta-schema';
import type { FrontMatterValues, RequiredField } from './front-matter-writer';
import { DEFAULT_COLUMNS, DISCLOSURE_COLUMNS, REQUIRED_FIELDS } from './front-matter-writer';
import type { PageInfo } from './page-info';

/** What the document says that front matter can be filled from. */
export interface FrontMatterClues {
  page: PageInfo;
  /** The title, from the page or the document's first line. */
  title: string | null;
  /** The first paragraph of the body (its opening 2023年，… gives the year when the title does not). */
  firstParagraph: string | null;
  /** The issuing body and date signed at the end. */
  signed: { issuer?: string; date?: DocumentDate };
  slug?: string;
}

/** A field filled by inference, which staff should confirm. */
export interface FieldReview {
  field: keyof FrontMatterValues;
  /** Why the value was chosen, in Chinese. */
  message: string;
}

/** Front matter as far as the document tells it. */
export interface FrontMatterGuess {
  values: FrontMatterValues;
  /** Required fields left empty, for staff to fill. */
  missing: RequiredField[];
  review: FieldReview[];
}

/** A place name opening a title (梧州市, 深圳市南山区, 广西壮族自治区) before its year. */
const TITLE_PLACE = /^(.{2,15}?(?:省|市|区|县|自治州|州|盟|旗))(?=\d{4}|[〇○零一二三四五六七八九]{4}|关于)/;
/** An issuing body opening a title before 关于 (梧州市人民政府关于2023年度…的报告). */
const TITLE_BODY = /^(.{2,30}?(?:人民政府|政府|委员会|办公室|办公厅|局|厅))关于/;

/**
 * Fills the required front-matter fields from what the document says: the page's title,
 * time, 来源 and breadcrumb; the year in the title; the body signed at the end. Values that
 * are inferred rather than read are listed for review; the rest stay empty and are listed.
 */
export function guessFrontMatter(clues: FrontMatterClues): FrontMatterGuess {
  const review: FieldReview[] = [];
  const { page, signed } = clues;
  const title = clues.title ?? '';

  let year = title ? readTitleYear(title) : null;
  const introYear = /^(\d{4})年度?[，,]/.exec(clues.firstParagraph ?? '')?.[1];
  if (year === null && introYear) {
    year = Number(introYear);
    review.push({ field: 'year', message: `按正文第一句推测为 ${year}，请核对` });
  }

  let issuer = page.issuer ?? signed.issuer ?? '';
  if (page.issuer && signed.issuer && page.issuer !== signed.issuer) {
    review.push({ field: 'issuer', message: `页面上的发布机构是“${page.issuer}”，文末落款是“${signed.issuer}”：已填发布机构，请核对` });
  }
  const named = TITLE_BODY.exec(title)?.[1];
  const place = TITLE_PLACE.exec(title)?.[1];
  if (!issuer && (named || place)) {
    issuer = named ?? `${place}人民政府`;
    review.push({ field: 'issuer', message: `按标题推测为“${issuer}”，请核对` });
  }

  let published = page.published ?? '';
  const day = page.date ?? (signed.date ? isoDate(signed.date) : undefined);
  if (!published && day) {
    published = `${day} 00:00`;
    review.push({ field: 'published', message: `只读到日期 ${day}（${page.date ? '页面上的日期' : '文末落款日期'}），时间暂填 00:00：请改为网站实际发布的时间` });
  }

  const byKind = kindFromTitle(title) === '政府信息公开工作年度报告' ? DISCLOSURE_COLUMNS : DEFAULT_COLUMNS;
  const columns = page.columns && page.columns.length > 0 ? page.columns : byKind;
  const values: FrontMatterValues = { title, year, issuer, source: page.source ?? '', published, columns, slug: clues.slug ?? '' };
  const missing = REQUIRED_FIELDS.filter((key) => values[key] === '' || values[key] === null);
  return { values, missing, review };
}
