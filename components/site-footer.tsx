import type { SiteConfig } from '@/lib/content/site-schema';

/** Props of SiteFooter. */
export interface SiteFooterProps {
  site: SiteConfig;
}

/** Footer with the site identity every government page shows. */
export function SiteFooter({ site }: SiteFooterProps) {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
          主办单位：{site.sponsor}　承办单位：{site.organizer}
        </p>
        <p>
          地址：{site.address}　联系电话：{site.phone}
        </p>
        <p>
          网站标识码：{site.siteIdCode}　
          <a href="https://beian.miit.gov.cn/" rel="noopener noreferrer">{site.icp}</a>　
          {site.policeCode ? (
            <a
              href={`https://beian.mps.gov.cn/#/query/webSearch?code=${encodeURIComponent(site.policeCode)}`}
              rel="noopener noreferrer"
            >
              {site.police}
            </a>
          ) : (
            site.police
          )}
        </p>
        <p>
          <a href="/accessibility">无障碍声明</a>　<a href="/reports">全部报告</a>
        </p>
      </div>
    </footer>
  );
}
