import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site-shell';
import { getPreviewProblems, getSite } from '@/lib/content';
import { islandScriptSrc } from '@/lib/site/islands';
import { layoutMetadata, VIEWPORT } from '@/lib/site/metadata';
import { PRELOAD_SCRIPT } from '@/lib/ui/prefs';
import './globals.css';

export function generateMetadata(): Metadata {
  return layoutMetadata(getSite());
}

export const viewport: Viewport = VIEWPORT;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN" data-font="1" suppressHydrationWarning>
      <head>
        {/* Applies stored reading preferences before first paint. */}
        <script dangerouslySetInnerHTML={{ __html: PRELOAD_SCRIPT }} />
      </head>
      <body>
        <SiteShell site={getSite()} scriptSrc={islandScriptSrc()} problems={getPreviewProblems()}>
          {children}
        </SiteShell>
      </body>
    </html>
  );
}
