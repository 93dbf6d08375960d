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
