import { z } from 'zod';

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

/** Site configuration (content/site.yaml): what every page shows about the site. */
export const siteSchema = z.strictObject({
  /** Name of this portal, shown in the header and <title>. */
  siteName: z.string().trim().min(1),
  /** The government whose reports these are, e.g. 梧州市人民政府. */
  government: z.string().trim().min(1),
  /** Origin for every absolute URL (canonical, share, QR, feeds); SITE_ORIGIN overrides it. */
  origin: originSchema,
  /** 政府网站标识码 (10 characters, e.g. 4504000001). */
  siteIdCode: z.string().trim().min(1),
  /** ICP备案号, e.g. 桂ICP备xxxxxxxx号. */
  icp: z.string().trim().min(1),
  /** 公网安备号, e.g. 桂公网安备 45040302000000号. */
  police: z.string().trim().min(1),
  /** 公网安备 record number digits, used for the link to the record; optional. */
  policeCode: z.string().trim().optional(),
  /** 主办单位. */
  sponsor: z.string().trim().min(1),
  /** 承办单位. */
  organizer: z.string().trim().min(1),
  /** Postal address of the organiser. */
  address: z.string().trim().min(1),
  /** Contact phone. */
  phone: z.string().trim().min(1),
  /** Names of the fields above whose values are placeholders still to be replaced. Default none. */
  placeholders: z.array(z.string()).default([]),
});

/** Validated site configuration. */
export type SiteConfig = z.infer<typeof siteSchema>;
