import { expect, test } from '@playwright/test';
import { rawRequest } from './raw-http';
import { PORTS } from './servers';

/** Text that would mean a file from outside the site was served. */
const LEAKS = [
  /root:x?:0:0/, // /etc/passwd
  /"scripts":\s*\{/, // package.json
  /# Site configuration/, // content/site.yaml
  /^slug: /m, // a report's front matter
  /map \$uri/, // the nginx CSP map
  /"fallback":\s*\[/, // .next/csp-manifest.json
  /\[core\]/, // .git/config
  /import type \{ NextConfig \}/, // next.config.ts
  /listen \[::\]:80/, // deploy/nginx.conf
  /BEGIN [A-Z ]*PRIVATE KEY/,
];

const TRAVERSAL = [
  '/reports/..%2f..%2fetc%2fpasswd',
  '/reports/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
  '/../../../../etc/passwd',
  '/reports/../../../../etc/passwd',
  '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '/reports/%2e%2e%2f%2e%2e%2fpackage.json',
  '/_next/static/../../package.json',
  '/_next/static/..%2f..%2f..%2fpackage.json',
  '/_next/static/%2e%2e/%2e%2e/%2e%2e/package.json',
  '/..%5c..%5c..%5cetc%5cpasswd',
  '/reports/%252e%252e%252f%252e%252e%252fetc%252fpasswd',
  '/reports/%c0%ae%c0%ae%c0%afetc%c0%afpasswd',
  '/reports/%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/passwd',
  '/reports/wuzhou-2023%00.html',
  '/reports/wuzhou-2023%00',
  '/....//....//etc/passwd',
];
const OUTSIDE = [
  '/package.json', '/next.config.ts', '/.env', '/.git/config', '/content/site.yaml', '/content/reports/wuzhou-2023.md',
  '/.next/csp-manifest.json', '/out.nginx-csp.conf', '/../out.nginx-csp.conf', '/.exports/', '/node_modules/next/package.json',
  '/lib/server/start.ts', '/deploy/nginx.conf',
];
const MALFORMED = ['/reports/%ff', '/reports/%', '/reports/%zz', '/%c0', '/reports/wuzhou-2023%ff'];
const UNKNOWN = [
  '/reports/no-such-report', '/reports/WUZHOU-2023', '/reports/wuzhou-2023/nothing', '/reports/wuzhou-2023/../../x',
  '/reports/%E6%A2%A7%E5%B7%9E-2023', '/%E6%8A%A5%E5%91%8A', '/reports/%F0%9F%98%80', '/index', '/404', '/_not-found', '/reports/wuzhou-2023.html',
];

const SERVERS = [
  { name: 'npm start', port: PORTS.app },
  { name: 'nginx + export', port: PORTS.nginx },
];

for (const { name, port } of SERVERS) {
  test.describe(`hostile requests to ${name}`, () => {
    const expectAnswer = async (method: string, target: string, allowed: number[], headers: string[] = []) => {
      let response = await rawRequest(port, method, target, headers);
      const where = `${method} ${target.length > 80 ? `${target.slice(0, 60)}… (${target.length} chars)` : target}`;
      // A trailing slash or a doubled slash is redirected to the normal path first (as on any
      // page): the redirect must stay on the site, and where it leads must be a proper answer.
      if (response.status === 308 && !allowed.includes(308)) {
        const location = new URL(response.headers.location ?? '', `http://[::1]:${port}`);
        expect(location.host, `${where} redirected off-site`).toBe(`[::1]:${port}`);
        response = await rawRequest(port, method, location.pathname + location.search, headers);
      }
      expect(allowed, `${where} answered ${response.status}`).toContain(response.status);
      for (const leak of LEAKS) expect(response.body, `${where} leaked ${leak}`).not.toMatch(leak);
      if (/^text\/html/.test(response.headers['content-type'] ?? '')) {
        expect(response.headers['content-security-policy'], `${where}: an HTML answer without a CSP`).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      }
      return response;
    };

    test('path traversal, plain and encoded, never reaches a file outside the site', async () => {
      for (const target of TRAVERSAL) await expectAnswer('GET', target, [400, 404]);
    });

    test('source, configuration and build files are not served', async () => {
      for (const target of OUTSIDE) await expectAnswer('GET', target, [400, 404]);
    });

    test('malformed percent-encoding is refused or not found, never an error', async () => {
      for (const target of MALFORMED) await expectAnswer('GET', target, [400, 404]);
    });

    test('unknown, non-ASCII and file-name slugs answer 404', async () => {
      for (const target of UNKNOWN) await expectAnswer('GET', target, [404]);
      // Raw UTF-8 in the request line, as a careless client might send it.
      await expectAnswer('GET', Buffer.from('/reports/梧州-2023').toString('latin1'), [400, 404]);
    });

    test('overlong URLs are refused with 4xx', async () => {
      await expectAnswer('GET', `/reports/${'a'.repeat(2_000)}`, [404, 414]);
      await expectAnswer('GET', `/reports/${'a'.repeat(20_000)}`, [400, 414, 431]);
      await expectAnswer('GET', `/reports/wuzhou-2023?${'q=1&'.repeat(10_000)}`, [400, 414, 431]);
      await expectAnswer('GET', `/${'%2e%2e/'.repeat(3_000)}etc/passwd`, [400, 404, 414, 431]);
    });

    test('HEAD answers like GET without a body; other methods answer 405 (or 400 for unknown ones)', async () => {
      const head = await expectAnswer('HEAD', '/reports/wuzhou-2023', [200]);
      expect(head.body).toBe('');
      for (const method of ['OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH', 'TRACE']) {
        const response = await expectAnswer(method, '/reports/wuzhou-2023', [405]);
        expect(response.headers.allow, method).toBe('GET, HEAD');
      }
      await expectAnswer('POST', '/', [405]);
      await expectAnswer('OPTIONS', '*', [400, 405]);
      for (const method of ['TRACK', 'PROPFIND', 'FOO']) await expectAnswer(method, '/', [400, 405]);
      const post = await rawRequest(port, 'POST', '/reports/wuzhou-2023', [], 'a=1');
      expect(post.status).toBe(405);
    });

    test('the Host header is never reflected into pages or redirects', async () => {
      const page = await expectAnswer('GET', '/reports/wuzhou-2023', [200], ['X-Forwarded-Host: evil.example']);
      expect(page.body).not.toContain('evil.example');
      for (const target of ['//evil.example/', '/%2F%2Fevil.example/', '/\\evil.example/', '/reports/']) {
        const response = await expectAnswer('GET', target, [308, 400, 404], ['X-Forwarded-Host: evil.example']);
        const location = response.headers.location;
        if (location) expect(new URL(location, `http://[::1]:${port}`).host, target).toBe(`[::1]:${port}`);
      }
    });

    test('an encoded line break in the URL never becomes a header', async () => {
      for (const target of ['/a%0d%0aSet-Cookie:%20pwned=1/', '/a%0dSet-Cookie:%20pwned=1/', '/reports%0d%0aX-Injected:%20yes/']) {
        const response = await expectAnswer('GET', target, [308, 400, 404]);
        expect(response.head, target).not.toMatch(/^(Set-Cookie: pwned|X-Injected)/im);
        expect(response.headers.location ?? '', target).not.toMatch(/[\r\n]/);
      }
    });

    test('redirects are relative: the Host header never becomes a Location', async () => {
      for (const host of ['evil.example', 'evil.example:8080', '[::1]', null]) {
        const response = await rawRequest(port, 'GET', '/reports/', [], '', { host });
        expect(response.status, String(host)).toBe(308);
        expect(response.headers.location, String(host)).toBe('/reports');
      }
    });

    test('a range past the end of a file answers 416, never 500', async () => {
      // The search page is the one page that still loads Next.js chunks (the others ship none).
      const search = await rawRequest(port, 'GET', '/search');
      const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(search.body)?.[1] ?? '';
      expect(chunk).not.toBe('');
      for (const target of [chunk, '/cursor-large.svg']) {
        const beyond = await expectAnswer('GET', target, [416], ['Range: bytes=999999-']);
        expect(beyond.headers['content-range'], target).toMatch(/^bytes \*\/\d+$/);
        const part = await expectAnswer('GET', target, [206], ['Range: bytes=0-9']);
        expect(part.headers['content-range'], target).toMatch(/^bytes 0-9\/\d+$/);
        for (const odd of ['bytes=abc', 'bytes=-99999999', 'bytes=5-1']) await expectAnswer('GET', target, [200, 206, 416], [`Range: ${odd}`]);
      }
    });

    test('a thousand ranges never multiply the answer', async () => {
      const ranges = Array.from({ length: 1_000 }, (_, i) => `${i}-${i}`).join(',');
      const response = await expectAnswer('GET', '/cursor-large.svg', [200, 206, 416], [`Range: bytes=${ranges}`]);
      expect(response.body.length).toBeLessThan(4_096);
      expect(response.headers['content-type'] ?? '').not.toMatch(/multipart/);
    });

    test('Next.js\'s internal pages answer 404 with the 404 page', async () => {
      for (const target of ['/_global-error', '/_not-found', '/_error', '/_global-error.html', '/%5Fglobal-error']) {
        const response = await expectAnswer('GET', target, [400, 404]);
        // rawRequest reads the body as Latin-1 bytes.
        if (response.status === 404) expect(response.body, target).toContain(Buffer.from('页面不存在').toString('latin1'));
      }
    });

    test('a path is one page whatever its spelling, with that page\'s own CSP', async () => {
      const page = await expectAnswer('GET', '/reports/wuzhou-2023', [200]);
      for (const target of ['/reports/wuzhou%2D2023', '/reports/%77uzhou-2023', '/_next/static/../../reports/wuzhou-2023', '/reports/./wuzhou-2023', '/x/../reports/wuzhou-2023']) {
        const response = await expectAnswer('GET', target, [200, 400, 404]);
        if (response.status === 200) {
          expect(response.headers['content-security-policy'], target).toBe(page.headers['content-security-policy']);
        }
      }
    });

    test('an absolute-form request line is answered for this site or refused', async () => {
      const response = await expectAnswer('GET', 'http://evil.example/reports/wuzhou-2023', [200, 400, 404]);
      expect(response.body).not.toContain('evil.example');
    });
  });
}
