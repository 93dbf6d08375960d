import type { ReactNode } from 'react';
import type { SiteConfig } from '@/lib/content/site-schema';
import type { ContentProblem } from '@/lib/report';
import type { HeadTag } from '@/lib/site/head';
import { PageHead } from './page-head';
import { SiteShell } from './site-shell';

/** Props of ListDocument. */
export interface ListDocumentProps {
  head: HeadTag[];
  site: SiteConfig;
  scriptSrc: string;
  problems: ContentProblem[];
  children: ReactNode;
}

/** A Pages Router list page: its head tags and the shared shell around it. */
export function ListDocument({ head, site, scriptSrc, problems, children }: ListDocumentProps) {
  return (
    <SiteShell site={site} scriptSrc={scriptSrc} problems={problems}>
      <PageHead tags={head} />
      {children}
    </SiteShell>
  );
}
