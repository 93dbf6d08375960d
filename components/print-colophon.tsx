import type { SiteConfig } from '@/lib/content/site-schema';
import type { ReportMeta } from '@/lib/report';
import { formatPublished } from '@/lib/ui/format';
import { QrCode } from './qr-code';

/** Props of PrintColophon. */
export interface PrintColophonProps {
  meta: ReportMeta;
  site: SiteConfig;
  url: string;
}

/** Shown only on paper: where the printed report lives online, who issued it and when. */
export function PrintColophon({ meta, site, url }: PrintColophonProps) {
  return (
    <aside className="print-only print-colophon" aria-label="打印信息" data-pagefind-ignore="all">
      <QrCode url={url} label="本页地址的二维码" className="qr-print" />
      <div>
        <p>本文网址：{url}</p>
        <p>发布机关：{meta.issuer}　来源：{meta.source}</p>
        <p>发布时间：{formatPublished(meta.published)}</p>
        <p>{[site.siteName, site.siteIdCode && `网站标识码：${site.siteIdCode}`, site.icp].filter(Boolean).join('　')}</p>
      </div>
    </aside>
  );
}
