import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NGINX_CSP_VARIABLE } from '@/lib/deploy/nginx-csp-map';
import { policyWithScriptSources, STATIC_SECURITY_HEADERS } from '@/lib/security/headers';
import { templateSite } from './nginx';

const CONF = readFileSync(path.join(process.cwd(), 'deploy/nginx.conf'), 'utf8');
const active = CONF.split('\n').filter((line) => !line.trim().startsWith('#')).join('\n');

/** The add_header lines of deploy/nginx.conf that are in force: name → value. */
function addedHeaders(): Map<string, string> {
  return new Map([...active.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('deploy/nginx.conf', () => {
  it('sends the same security headers as npm start (lib/security/headers.ts)', () => {
    const headers = addedHeaders();
    expect(headers.get('Content-Security-Policy')).toBe(policyWithScriptSources(NGINX_CSP_VARIABLE));
    for (const { key, value } of STATIC_SECURITY_HEADERS) expect(headers.get(key), key).toBe(value);
  });

  it('adds every header at server level with `always`, so error pages carry them and no location drops them', () => {
    const locations = active.split(/\blocation\b/).slice(1).join('');
    expect(locations).not.toMatch(/add_header/);
    for (const line of active.match(/^\s*add_header .*$/gm) ?? []) expect(line).toMatch(/ always;$/);
  });

  it('listens on IPv6 and IPv4, serves pre-compressed files and names the Chinese 404 page', () => {
    expect(active).toMatch(/^\s*listen \[::\]:80;$/m);
    expect(active).toMatch(/^\s*listen 80;$/m);
    expect(active).toMatch(/^\s*gzip_static on;$/m);
    expect(active).toMatch(/^\s*gzip off;$/m);
    expect(active).toMatch(/^\s*error_page 404 \/404\.html;$/m);
    expect(CONF).toMatch(/^\s*# listen \[::\]:443 ssl;$/m);
    expect(CONF).toMatch(/^\s*# add_header Strict-Transport-Security /m);
  });

  it('can be templated for a test: every production path occurs exactly once', () => {
    const site = templateSite({ port: 8499, root: '/tmp/x', cspMap: '/tmp/x.conf' });
    expect(site).toContain('listen [::1]:8499;');
    expect(site).toContain('listen 127.0.0.1:8499;');
    expect(site).toContain('root /tmp/x;');
    expect(site).toContain('include /tmp/x.conf;');
  });
});
