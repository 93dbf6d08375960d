import type { ReactNode } from 'react';
import type { SiteConfig } from '@/lib/content/site-schema';
import { IDS } from '@/lib/ui/ids';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** Props of SiteShell. */
export interface SiteShellProps {
  site: SiteConfig;
  /** URL of the page script (lib/site/islands.ts), loaded with defer. */
  scriptSrc: string;
  children: ReactNode;
}

/** Everything inside <body> around a page: skip link, header, main landmark, footer, page script. */
export function SiteShell({ site, scriptSrc, children }: SiteShellProps) {
  return (
    <>
      <a className="skip-link" href={`#${IDS.title}`}>跳到正文</a>
      <SiteHeader siteName={site.siteName} />
      <main id={IDS.main} tabIndex={-1} className="site-main">
        {children}
      </main>
      <SiteFooter site={site} />
      <script src={scriptSrc} defer />
    </>
  );
}
