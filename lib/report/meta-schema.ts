import { z } from 'zod';
import { hasForbiddenCharacter } from './characters';

/** Publication time as staff write it: China time, minutes precision. */
const PUBLISHED_FORMAT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;
const PUBLISHED_HINT = '日期格式应为 YYYY-MM-DD HH:mm（例如 2024-01-21 08:55），按北京时间填写';

const LINK_HINT = '链接应以 / 开头（本站文件）或以 http:// 、https:// 开头';
/** Any host: a site path must resolve on it (checked as browsers read paths). */
const SITE = 'https://site.invalid';

/** True when a link is a path on this site or an http(s) address, as a browser would follow it. */
function isLink(value: string): boolean {
  if (!/^(\/(?!\/)|https?:\/\/)\S+$/i.test(value) || hasForbiddenCharacter(value)) return false;
  try {
    const url = new URL(value, SITE);
    return value.startsWith('/') ? url.origin === SITE : /^https?:$/.test(url.protocol);
  } catch {
    return false;
  }
}

/** Link targets staff may use: site-relative paths or http(s) addresses. */
const linkUrl = z.string().superRefine((value, ctx) => {
  if (value.includes('\\')) {
    // Browsers read \ as /: "/\evil.example/x.pdf" leads to another site.
    ctx.addIssue({ code: 'custom', message: '链接中不能有反斜杠 \\（浏览器会把它当作 /，链接就会指向其他网站）：路径请用 / 分隔' });
  } else if (!isLink(value)) {
    ctx.addIssue({ code: 'custom', message: LINK_HINT });
  }
});

/** True when y-m-d h:m names a real moment (no 2月30日, no 25:00). */
function isRealDateTime(y: number, mo: number, d: number, h: number, mi: number): boolean {
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d &&
    t.getUTCHours() === h && t.getUTCMinutes() === mi;
}

/** True when "YYYY-MM-DD" names a real day. */
function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isRealDateTime(Number(m[1]), Number(m[2]), Number(m[3]), 0, 0);
}

/** "2024-01-21 08:55" (China time) → "2024-01-21T08:55:00+08:00" (RFC 3339: seconds are required). */
const publishedSchema = z
  .string({ error: PUBLISHED_HINT })
  .superRefine((value, ctx) => {
    const m = PUBLISHED_FORMAT.exec(value);
    if (!m) {
      ctx.addIssue({ code: 'custom', message: PUBLISHED_HINT });
      return;
    }
    const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
    if (!isRealDateTime(y, mo, d, h, mi)) {
      ctx.addIssue({ code: 'custom', message: `日期 ${value} 不存在，请核对年、月、日和时间` });
    }
  })
  .transform((value) => `${value.replace(' ', 'T')}:00+08:00`);

/** One downloadable file (文件下载), e.g. the signed PDF. */
const attachmentSchema = z.strictObject({
  /** Name shown to readers, e.g. 梧州市2023年度法治政府建设工作报告（盖章版）. */
  title: z.string().trim().min(1),
  /** Where the file is: /files/… for files committed under public/files/. */
  url: linkUrl,
  /** Optional human-readable size and format, e.g. "PDF，1.2 MB". */
  note: z.string().optional(),
});

/** One related document (关联文件). */
const relatedSchema = z.strictObject({
  /** Title of the related document. */
  title: z.string().trim().min(1),
  /** Its address: a path on this site or an http(s) URL. */
  url: linkUrl,
});

/** A figure staff pick for the key-figures panel, or give a key for year-over-year matching. */
const figureSchema = z.strictObject({
  /** The quantity exactly as written in the body, e.g. 389件. */
  text: z.string().trim().min(1),
  /** Section number, when the same text occurs in more than one section. */
  section: z.number().int().min(1).optional(),
  /** Label shown with the figure; default: the label read from the text. */
  label: z.string().trim().min(1).optional(),
  /** Key matching this figure across years when labels differ, e.g. admin-review-cases. */
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '只能使用小写英文字母、数字和连字符，例如 admin-review-cases' }).optional(),
  /** Show it in the key-figures panel. Default true. */
  headline: z.boolean().default(true),
});

const CORRECTION_DATE_HINT = '日期格式应为 YYYY-MM-DD，例如 2024-02-05';

/** A correction note (勘误) shown on the page. */
const correctionSchema = z.strictObject({
  /** Date of the correction, YYYY-MM-DD; a real date, not before the report was published. */
  date: z.string({ error: CORRECTION_DATE_HINT }).superRefine((value, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) ctx.addIssue({ code: 'custom', message: CORRECTION_DATE_HINT });
    else if (!isRealDate(value)) {
      ctx.addIssue({ code: 'custom', message: `日期 ${value} 不存在，请核对年、月、日` });
    }
  }),
  /** What was corrected, in one or two sentences. */
  note: z.string().trim().min(1),
});

/** The kinds of report the portal publishes. */
export const REPORT_KINDS = ['法治政府建设年度报告', '政府信息公开工作年度报告', '政府工作报告', '其他'] as const;

/** One kind of report. */
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The kind a title names: 政府信息公开 → 年报, 法治(政府)建设, 政府工作报告; else 其他. */
export function kindFromTitle(title: string): ReportKind {
  if (/政府信息公开/.test(title)) return '政府信息公开工作年度报告';
  if (/法治(?:政府)?建设/.test(title)) return '法治政府建设年度报告';
  if (/政府工作报告/.test(title)) return '政府工作报告';
  return '其他';
}

/** Fills in the kind from the title when front matter leaves it out. */
export function withKind<T extends { title: string; kind?: ReportKind | undefined }>(meta: T): T & { kind: ReportKind } {
  return { ...meta, kind: meta.kind ?? kindFromTitle(meta.title) };
}

/** The fields of the front matter, each with its own rule (reportMetaSchema adds cross-field rules). */
const reportMetaObject = z
  .strictObject({
    /** Full title as published, e.g. 梧州市2023年度法治政府建设工作报告. Required. */
    title: z.string().trim().min(1),
    /** The year the report is about (not the year it is published), e.g. 2023. Required. */
    year: z.number({ error: '应为四位数字年份，例如 2023' }).int().min(1949).max(2100),
    /** The government that issues the report (发布机关), e.g. 梧州市人民政府. Required. */
    issuer: z.string().trim().min(1),
    /** 来源 shown under the title, e.g. 梧州市人民政府办公室. Required. */
    source: z.string().trim().min(1),
    /** 发布时间 in China time, "YYYY-MM-DD HH:mm"; becomes RFC 3339 with seconds and +08:00. Required. */
    published: publishedSchema,
    /** Column path shown in the breadcrumb after 首页, e.g. [法治政府建设, 年度报告]. Required. */
    columns: z.array(z.string().trim().min(1)).min(1),
    /** URL name: ASCII letters, digits and single hyphens, e.g. wuzhou-2023. Required. */
    slug: z.string().regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, {
      error: '只能使用英文字母、数字和连字符（-），例如 wuzhou-2023',
    }),
    /** Summary for search engines and share cards. Default: the intro's first sentence. */
    description: z.string().trim().min(1).optional(),
    /** Heading shown above the closing part (the text after the *** line). Default: 结语. */
    closingTitle: z.string().trim().min(1).default('结语'),
    /** 文件下载: downloadable files. Default: none. */
    attachments: z.array(attachmentSchema).default([]),
    /** 关联文件: related documents. Default: none. */
    related: z.array(relatedSchema).default([]),
    /** Key figures chosen by staff, in order; default: a selection made from the metrics. */
    figures: z.array(figureSchema).default([]),
    /** 勘误: corrections made after publication, oldest first. Default: none. */
    corrections: z.array(correctionSchema).default([]),
    /** What kind of report it is (its checks and tables follow from it). Default: read from the title. */
    kind: z.enum(REPORT_KINDS, { error: `应为以下之一：${REPORT_KINDS.join('、')}` }).optional(),
  });

/** Every field's own rule, for readers that take what is valid field by field (drafts). */
export const reportMetaShape = reportMetaObject.shape;

/** Front matter of a report file. YAML only; unknown fields are errors. */
export const reportMetaSchema = reportMetaObject
  .superRefine((meta, ctx) => {
    // A report can only be published once the year it reports on is over.
    // Only once published has been read (it is then ISO); a malformed one has its own message.
    if (typeof meta.published === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(meta.published) && meta.published.slice(0, 4) <= String(meta.year)) {
      ctx.addIssue({
        code: 'custom',
        path: ['published'],
        message: `发布时间早于报告年度（${meta.year}年）结束，请核对 year 或 published`,
      });
    }
    const publishedDay = typeof meta.published === 'string' ? meta.published.slice(0, 10) : '';
    meta.corrections.forEach((correction, i) => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(publishedDay) && isRealDate(correction.date) && correction.date < publishedDay) {
        ctx.addIssue({
          code: 'custom',
          path: ['corrections', i, 'date'],
          message: `勘误日期 ${correction.date} 早于报告的发布日期 ${publishedDay}：请核对`,
        });
      }
    });
  })
  .transform(withKind);

/** Validated front matter of one report. */
export type ReportMeta = z.infer<typeof reportMetaSchema>;
/** One 文件下载 entry. */
export type Attachment = ReportMeta['attachments'][number];
/** One 关联文件 entry. */
export type RelatedLink = ReportMeta['related'][number];
/** One staff-chosen figure. */
export type FigureChoice = ReportMeta['figures'][number];
/** One correction note. */
export type Correction = ReportMeta['corrections'][number];
