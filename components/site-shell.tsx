import type { ReactNode } from 'react';
import type { SiteConfig } from '@/lib/content/site-schema';
import type { ContentProblem } from '@/lib/report';
import { IDS } from '@/lib/ui/ids';
import { scriptLoader } from '@/lib/ui/script-loader';
import { ContentProblems } from './content-problems';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** Props of SiteShell. */
export interface SiteShellProps {
  site: SiteConfig;
  /** URL of the page script (lib/site/islands.ts). */
  scriptSrc: string;
  /**
   * How the page script is loaded: with `defer` (the default), or added by an inline loader
   * once the page has painted (the reading pages: lib/ui/script-loader.ts).
   */
  scriptLoading?: 'defer' | 'after-paint';
  /** Content errors to list at the top (the preview only; none in a build). */
  problems: readonly ContentProblem[];
  children: ReactNode;
}

/**
 * Everything inside <body> around a page, for both routers (app/layout.tsx and the Pages
 * Router's report and figures pages): skip link, header, main landmark, footer, page script.
 */
export function SiteShell({ site, scriptSrc, scriptLoading = 'defer', problems, children }: SiteShellProps) {
  return (
    <>
      <a className="skip-link" href={`#${IDS.title}`}>跳到正文</a>
      <SiteHeader siteName={site.siteName} />
      <main id={IDS.main} tabIndex={-1} className="site-main">
        <ContentProblems problems={problems} />
        {children}
      </main>
      <SiteFooter site={site} />
      {scriptLoading === 'after-paint'
        ? <script dangerouslySetInnerHTML={{ __html: scriptLoader(scriptSrc) }} />
        : <script src={scriptSrc} defer />}
    </>
  );
}
