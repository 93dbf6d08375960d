import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { classifyInlineScript, findInlineScripts, pageScriptHashes, scriptHash, UnknownInlineScriptError } from '@/lib/security/inline-scripts';
import { PRELOAD_SCRIPT } from '@/lib/ui/prefs';
import { scriptLoader } from '@/lib/ui/script-loader';

const FLIGHT_START = '(self.__next_f=self.__next_f||[]).push([0])';
const FLIGHT_DATA = String.raw`self.__next_f.push([1,"1:\"$Sreact.fragment\"\n2:I[1,[],\"\"]\n"])`;
const TURBOPACK = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});';

const page = (...scripts: string[]) =>
  `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>${scripts.join('')}</body></html>`;

describe('inline script hashes', () => {
  it('are the base64 SHA-256 of the exact script text, as CSP defines them', () => {
    const expected = createHash('sha256').update(FLIGHT_DATA).digest('base64');
    expect(scriptHash(FLIGHT_DATA)).toBe(`sha256-${expected}`);
  });

  it('are taken from inline scripts only, not from scripts with src or JSON data blocks', () => {
    const html = page(`<script>${FLIGHT_START}</script>`, '<script type="application/ld+json">{"a":1}</script>', `<script id="_R_">${TURBOPACK}</script>`);
    expect(findInlineScripts(html).map((s) => s.kind)).toEqual(['flight', 'turbopack']);
  });

  it('hash the text the browser sees: CR LF becomes LF', () => {
    const [script] = findInlineScripts(page(`<script>${PRELOAD_SCRIPT.replace(/;/, ';\r\n')}</script>`));
    expect(script?.text).toBe(PRELOAD_SCRIPT.replace(/;/, ';\n'));
  });

  it('accept the preload script, the flight data and the Turbopack bootstrap', () => {
    expect(classifyInlineScript(PRELOAD_SCRIPT)).toBe('preload');
    expect(classifyInlineScript(FLIGHT_START)).toBe('flight');
    expect(classifyInlineScript(FLIGHT_DATA)).toBe('flight');
    expect(classifyInlineScript('self.__next_f.push([2,null])')).toBe('flight');
    expect(classifyInlineScript(TURBOPACK)).toBe('turbopack');
  });

  it('accept the page-script loader only as the site writes it, for a page script of the site', () => {
    const loader = scriptLoader('/js/portal.0123456789ab.js');
    expect(classifyInlineScript(loader)).toBe('loader');
    for (const src of ['https://evil.example/x.js', '/js/evil.js', '/js/portal.0123456789ab.js?x=1', '//evil.example/js/portal.0123456789ab.js']) {
      expect(classifyInlineScript(loader.replace('/js/portal.0123456789ab.js', src)), src).toBeNull();
    }
    expect(classifyInlineScript(`${loader};alert(1)`)).toBeNull();
    expect(classifyInlineScript(loader.replace('setTimeout(go,3000)', 'setTimeout(go,3000);alert(1)'))).toBeNull();
    expect(() => scriptLoader('https://evil.example/x.js')).toThrow(/not a page-script path/);
  });

  it('reject anything that is code rather than data, even when it looks like flight data', () => {
    for (const text of [
      'alert(1)',
      'self.__next_f.push([1,"a"]);alert(1)',
      'self.__next_f.push([1,"a"+alert(1)])',
      // An escaped backslash ends the string: what follows is code.
      'self.__next_f.push([1,"a\\\\"]);alert(1);//"])',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({a:alert(1)});',
      `${PRELOAD_SCRIPT};alert(1)`,
    ]) {
      expect(classifyInlineScript(text), text).toBeNull();
    }
  });

  it('make the build fail on an inline script of unknown shape, naming the file', () => {
    const html = page(`<script>${FLIGHT_START}</script>`, '<script>alert(document.cookie)</script>');
    expect(() => pageScriptHashes(html, 'reports/x.html')).toThrow(UnknownInlineScriptError);
    expect(() => pageScriptHashes(html, 'reports/x.html')).toThrow(/^reports\/x\.html: inline script of unknown shape/);
  });

  it('are listed once each, sorted', () => {
    const html = page(`<script>${FLIGHT_DATA}</script>`, `<script>${FLIGHT_START}</script>`, `<script>${FLIGHT_START}</script>`);
    expect(pageScriptHashes(html, 'x.html')).toEqual([scriptHash(FLIGHT_DATA), scriptHash(FLIGHT_START)].sort());
  });
});
