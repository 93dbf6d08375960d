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
});

/** Validated site configuration. */
export type SiteConfig = z.infer<typeof siteSchema>;
