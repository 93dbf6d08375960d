import { z } from 'zod';
import type { IdentityKey } from './identity';
import { IDENTITY_FORMATS, placeholderReason } from './identity';

/** A site origin such as https://www.wuzhou.gov.cn or http://[2001:db8::1]:8080 (no path). */
const originSchema = z.string().superRefine((value, ctx) => {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.origin !== value.replace(/\/$/, '')) {
    ctx.addIssue({
      code: 'custom',
      message: '应为网站根地址，例如 https://www.wuzhou.gov.cn 或 http://[2001:db8::1]:8080（不带路径）',
    });
  }
}).transform((value) => value.replace(/\/$/, ''));

/**
 * An identity value: optional (leave the line out while the official value is unknown; it
 * is then not shown), never a placeholder, and in its official format where it has one.
 */
function identity(key: IdentityKey) {
  return z.string().trim().min(1).superRefine((value, ctx) => {
    const reason = placeholderReason(value);
    if (reason) {
      ctx.addIssue({ code: 'custom', message: `“${value}”${reason}，像是占位值：请填写正式信息，不知道时删去这一行（页面上就不显示这一项）` });
      return;
    }
    const format = IDENTITY_FORMATS[key];
    if (format && !format.pattern.test(value)) ctx.addIssue({ code: 'custom', message: format.hint });
  }).optional();
}

/** What kind of body an issuer is: the city government, one of its departments, a district or county. */
export const ISSUER_TYPES = ['政府', '部门', '区县'] as const;

/** One kind of issuing body. */
export type IssuerType = (typeof ISSUER_TYPES)[number];

const SLUG_RULE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_HINT = '只能使用小写英文字母、数字和连字符，例如 wuzhou-sfj';

/** One body that publishes reports (发布机关), listed once in content/site.yaml. */
const issuerSchema = z.strictObject({
  /** Full name exactly as reports write it in `issuer`, e.g. 梧州市司法局. */
  name: z.string().trim().min(1),
  /** Short URL name of its page, e.g. wuzhou-sfj → /issuers/wuzhou-sfj. */
  slug: z.string().regex(SLUG_RULE, { error: SLUG_HINT }),
  /** 政府, 部门 or 区县. */
  type: z.enum(ISSUER_TYPES, { error: `应为以下之一：${ISSUER_TYPES.join('、')}` }),
  /** slug of the body it belongs to (a department's government); none for the city government. */
  parent: z.string().regex(SLUG_RULE, { error: SLUG_HINT }).optional(),
});

/** One issuing body of content/site.yaml. */
export type Issuer = z.infer<typeof issuerSchema>;

/** The issuers: at least one, names and slugs each used once, every parent listed. */
const issuersSchema = z.array(issuerSchema).min(1, { error: '至少需要列出一个发布机关（本网站发布其报告的机关），例如 - { name: 梧州市人民政府, slug: wuzhou, type: 政府 }' })
  .superRefine((issuers, ctx) => {
    const names = new Set<string>();
    const slugs = new Set(issuers.map((i) => i.slug));
    const seenSlugs = new Set<string>();
    issuers.forEach((issuer, i) => {
      if (names.has(issuer.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `“${issuer.name}”已列出：每个发布机关只列一次` });
      if (seenSlugs.has(issuer.slug)) ctx.addIssue({ code: 'custom', path: [i, 'slug'], message: `“${issuer.slug}”已被另一个发布机关使用：每个 slug 必须不同` });
      if (issuer.parent !== undefined && (!slugs.has(issuer.parent) || issuer.parent === issuer.slug)) {
        ctx.addIssue({ code: 'custom', path: [i, 'parent'], message: `“${issuer.parent}”不是列出的其他发布机关的 slug：parent 应写上级机关的 slug` });
      }
      names.add(issuer.name);
      seenSlugs.add(issuer.slug);
    });
  });

/** Site configuration (content/site.yaml): what every page shows about the site. */
export const siteSchema = z.strictObject({
  /** Name of this portal, shown in the header and <title>. */
  siteName: z.string().trim().min(1),
  /** The government whose reports these are, e.g. 梧州市人民政府. */
  government: z.string().trim().min(1),
  /** Origin for every absolute URL (canonical, share, QR, feeds); SITE_ORIGIN overrides it. */
  origin: originSchema,
  /** 政府网站标识码 (10 letters or digits); unknown: left out. */
  siteIdCode: identity('siteIdCode'),
  /** ICP备案号, e.g. 桂ICP备12345678号-1; unknown: left out. */
  icp: identity('icp'),
  /** 公网安备号, e.g. 桂公网安备 45040302000123号 (its 14 digits make the record link); unknown: left out. */
  police: identity('police'),
  /** 主办单位; unknown: left out. */
  sponsor: identity('sponsor'),
  /** 承办单位; unknown: left out. */
  organizer: identity('organizer'),
  /** Postal address of the organiser; unknown: left out. */
  address: identity('address'),
  /** Contact phone; unknown: left out. */
  phone: identity('phone'),
  /** Every body whose reports the site publishes; a report's `issuer` must name one of them. */
  issuers: issuersSchema,
});

/** Validated site configuration. */
export type SiteConfig = z.infer<typeof siteSchema>;
