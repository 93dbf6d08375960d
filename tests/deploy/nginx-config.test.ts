import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NGINX_CSP_VARIABLE } from '@/lib/deploy/nginx-csp-map';
import { policyWithScriptSources, STATIC_SECURITY_HEADERS } from '@/lib/security/headers';
import { templateMain, templateSite } from './nginx';

const CONF = readFileSync(path.join(process.cwd(), 'deploy/nginx.conf'), 'utf8');
const active = CONF.split('\n').filter((line) => !line.trim().startsWith('#')).join('\n');
const MAIN = readFileSync(path.join(process.cwd(), 'deploy/nginx-main.conf'), 'utf8')
  .split('\n').filter((line) => !line.trim().startsWith('#')).join('\n');

/** The value of a directive in force, e.g. directive(MAIN, 'worker_connections') → '16384'. */
function directive(text: string, name: string): string | undefined {
  return new RegExp(`^\\s*${name}\\s+([^;]+);`, 'm').exec(text)?.[1]?.trim();
}
/** A time such as 10s or 1m in seconds. */
const seconds = (value: string | undefined) => (value ? Number.parseInt(value, 10) * (value.endsWith('m') ? 60 : 1) : Infinity);

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

  it('is sized for many slow clients: far more connections than Debian\'s 768, each cut off after a short wait', () => {
    const connections = Number(directive(MAIN, 'worker_connections'));
    expect(connections).toBeGreaterThanOrEqual(10_000);
    expect(Number(directive(MAIN, 'worker_rlimit_nofile'))).toBeGreaterThanOrEqual(2 * connections);
    expect(directive(MAIN, 'worker_processes')).toBe('auto');
    for (const timeout of ['client_header_timeout', 'client_body_timeout', 'send_timeout']) {
      expect(seconds(directive(active, timeout)), timeout).toBeLessThanOrEqual(15);
    }
    expect(seconds(directive(active, 'keepalive_timeout'))).toBeLessThanOrEqual(30);
    expect(directive(active, 'reset_timedout_connection')).toBe('on');
  });

  it('answers one byte range at most, never a multipart answer', () => {
    expect(directive(active, 'max_ranges')).toBe('1');
  });

  it('sends relative redirects, never built from the Host header', () => {
    expect(directive(active, 'absolute_redirect')).toBe('off');
    expect(active).not.toMatch(/\$(?:host|http_host|server_name)\b/);
  });

  it('runs the main file as a test with only its paths moved', () => {
    const main = templateMain('/tmp/n', '/tmp/n/site.conf', false);
    expect(main).toContain('include /tmp/n/site.conf;');
    expect(main).toContain('pid /tmp/n/nginx.pid;');
    expect(directive(main, 'worker_connections')).toBe(directive(MAIN, 'worker_connections'));
    expect(main).not.toMatch(/\/var\/log|\/run\//);
  });

  it('can be templated for a test: every production path occurs exactly once', () => {
    const site = templateSite({ port: 8499, root: '/tmp/x', cspMap: '/tmp/x.conf' });
    expect(site).toContain('listen [::1]:8499;');
    expect(site).toContain('listen 127.0.0.1:8499;');
    expect(site).toContain('root /tmp/x;');
    expect(site).toContain('include /tmp/x.conf;');
  });
});
