import type { ReactNode } from 'react';
import { policeRecordCode } from '@/lib/content/identity';
import type { SiteConfig } from '@/lib/content/site-schema';
import { IDS } from '@/lib/ui/ids';

/** Props of SiteFooter. */
export interface SiteFooterProps {
  site: SiteConfig;
}

/** The non-empty items of a footer line, separated by an ideographic space. */
function line(items: (ReactNode | null)[]): ReactNode {
  const shown = items.filter((item) => item !== null);
  if (shown.length === 0) return null;
  return <p>{shown.flatMap((item, i) => (i === 0 ? [item] : ['　', item]))}</p>;
}

const labelled = (label: string, value: string | undefined) => (value ? `${label}：${value}` : null);

/**
 * Footer with the site identity every government page shows. Only values configured in
 * content/site.yaml appear: an unknown value is left out, never invented.
 */
export function SiteFooter({ site }: SiteFooterProps) {
  const policeCode = site.police ? policeRecordCode(site.police) : null;
  return (
    <footer id={IDS.footer} className="site-footer">
      <div className="site-footer-inner">
        {line([labelled('主办单位', site.sponsor), labelled('承办单位', site.organizer)])}
        {line([labelled('地址', site.address), labelled('联系电话', site.phone)])}
        {line([
          labelled('网站标识码', site.siteIdCode),
          site.icp ? <a key="icp" href="https://beian.miit.gov.cn/" rel="noopener noreferrer">{site.icp}</a> : null,
          site.police && policeCode ? (
            <a key="police" href={`https://beian.mps.gov.cn/#/query/webSearch?code=${policeCode}`} rel="noopener noreferrer">{site.police}</a>
          ) : null,
        ])}
        <p>
          <a href="/accessibility">无障碍声明</a>　<a href="/reports">最新报告</a>　<a href="/archive">报告归档</a>　<a href="/issuers">发布机关</a>
        </p>
      </div>
    </footer>
  );
}
