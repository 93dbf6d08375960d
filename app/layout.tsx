import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { ContentProblems } from '@/components/content-problems';
import { getPreviewProblems, getSite } from '@/lib/content';
import { layoutMetadata } from '@/lib/site/metadata';
import { IDS } from '@/lib/ui/ids';
import { PRELOAD_SCRIPT } from '@/lib/ui/prefs';
import './globals.css';

export function generateMetadata(): Metadata {
  return layoutMetadata(getSite());
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#9f1c1c' };

export default function RootLayout({ children }: { children: ReactNode }) {
  const site = getSite();
  return (
    <html lang="zh-CN" data-font="1" suppressHydrationWarning>
      <head>
        {/* Applies stored reading preferences before first paint. */}
        <script dangerouslySetInnerHTML={{ __html: PRELOAD_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link" href={`#${IDS.title}`}>跳到正文</a>
        <SiteHeader siteName={site.siteName} />
        <main id={IDS.main} tabIndex={-1} className="site-main">
          <ContentProblems problems={getPreviewProblems()} />
          {children}
        </main>
        <SiteFooter site={site} />
      </body>
    </html>
  );
}
