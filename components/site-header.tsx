import Link from 'next/link';
import { ReadingSettings } from './reading-settings';

/** Props of SiteHeader. */
export interface SiteHeaderProps {
  siteName: string;
}

/** Site header: name, IPv6 badge and the reading-settings entry. */
export function SiteHeader({ siteName }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="site-name">
          {siteName}
        </Link>
        <div className="header-tools">
          <span className="ipv6-badge" title="本网站可通过 IPv6 访问">支持IPv6</span>
          <ReadingSettings />
        </div>
      </div>
    </header>
  );
}
