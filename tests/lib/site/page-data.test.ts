import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportPagePaths } from '@/lib/site/page-data';

afterEach(() => vi.unstubAllEnvs());

describe('the paths of the report and figures pages', () => {
  it('a build renders the page of every report in content/reports and of no other slug', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(reportPagePaths()).toEqual({ paths: [{ params: { slug: 'wuzhou-2023' } }], fallback: false });
  });

  it('the preview (npm run dev) renders a slug on request, so a report file added while it runs has its page', () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(reportPagePaths()).toEqual({ paths: [{ params: { slug: 'wuzhou-2023' } }], fallback: 'blocking' });
  });
});

describe('the paths of the list pages', () => {
  it('a build renders the issuer, kind, year and comparison pages it lists; the preview renders any on request', async () => {
    const pages = await Promise.all([
      import('@/pages/issuers/[slug]/index'), import('@/pages/issuers/[slug]/[page]'),
      import('@/pages/kinds/[kind]/index'), import('@/pages/kinds/[kind]/[page]'),
      import('@/pages/years/[year]/index'), import('@/pages/years/[year]/[page]'),
      import('@/pages/compare/[year]/index'),
    ]);
    vi.stubEnv('NODE_ENV', 'production');
    const built = await Promise.all(pages.map((p) => p.getStaticPaths({})));
    expect(built.map((r) => r.fallback)).toEqual(pages.map(() => false));
    expect(built[0]?.paths).toEqual([{ params: { slug: 'wuzhou' } }]);
    expect(built[4]?.paths).toEqual([{ params: { year: '2023' } }]);
    vi.stubEnv('NODE_ENV', 'development');
    const preview = await Promise.all(pages.map((p) => p.getStaticPaths({})));
    expect(preview.map((r) => r.fallback)).toEqual(pages.map(() => 'blocking'));
  });
});
