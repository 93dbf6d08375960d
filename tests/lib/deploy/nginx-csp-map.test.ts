import { describe, expect, it } from 'vitest';
import { fileOfRoute, renderNginxCspMap } from '@/lib/deploy/nginx-csp-map';

describe('the nginx CSP map', () => {
  it('keys each page by the file nginx serves for it', () => {
    expect(fileOfRoute('/')).toBe('/index.html');
    expect(fileOfRoute('/reports')).toBe('/reports.html');
    expect(fileOfRoute('/reports/x/figures')).toBe('/reports/x/figures.html');
  });

  it('holds the new and the published release\'s hashes, so it suits both during the swap', () => {
    const map = renderNginxCspMap(
      { fallback: ['sha256-n404='], pages: { '/': ['sha256-new='], '/reports/new': ['sha256-x='] } },
      { fallback: ['sha256-o404='], pages: { '/': ['sha256-old='], '/reports/gone': ['sha256-g='] } },
      'test',
    );
    expect(map).toContain(`map $uri $portal_csp_hashes {`);
    expect(map).toContain(`    default "'sha256-n404=' 'sha256-o404='";`);
    expect(map).toContain(`    "/index.html" "'sha256-new=' 'sha256-old='";`);
    expect(map).toContain(`    "/reports/new.html" "'sha256-x='";`);
    expect(map).toContain(`    "/reports/gone.html" "'sha256-g='";`);
  });

  it('refuses a value that could break out of the nginx string', () => {
    expect(() => renderNginxCspMap({ fallback: [], pages: { '/a"b': [] } }, null, 'test')).toThrow(/nginx map/);
    expect(() => renderNginxCspMap({ fallback: ['$x'], pages: {} }, null, 'test')).toThrow(/nginx map/);
  });
});
