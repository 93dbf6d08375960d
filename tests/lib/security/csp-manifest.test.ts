import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCspManifest, hashesForPath, routeOfFile } from '@/lib/security/csp-manifest';
import { scriptHash } from '@/lib/security/inline-scripts';

const flight = (text: string) => `self.__next_f.push([1,${JSON.stringify(text)}])`;
const html = (script: string) => `<html><body><script>${script}</script></body></html>`;

describe('the CSP manifest', () => {
  it('maps prerendered files to the paths they answer', () => {
    expect(routeOfFile('index.html')).toBe('/');
    expect(routeOfFile('reports.html')).toBe('/reports');
    expect(routeOfFile('reports/wuzhou-2023.html')).toBe('/reports/wuzhou-2023');
    expect(routeOfFile('reports/wuzhou-2023/figures.html')).toBe('/reports/wuzhou-2023/figures');
  });

  it('holds each page\'s hashes, and the 404 and error pages\' hashes for every other path', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'csp-'));
    mkdirSync(path.join(dir, 'reports'));
    writeFileSync(path.join(dir, 'index.html'), html(flight('home')));
    writeFileSync(path.join(dir, 'reports/x.html'), html(flight('x')));
    writeFileSync(path.join(dir, '_not-found.html'), html(flight('404')));
    writeFileSync(path.join(dir, '_global-error.html'), html(flight('500')));
    const manifest = buildCspManifest(dir);
    expect(manifest.pages).toEqual({ '/': [scriptHash(flight('home'))], '/reports/x': [scriptHash(flight('x'))] });
    expect(manifest.fallback).toEqual([scriptHash(flight('404')), scriptHash(flight('500'))].sort());
    expect(hashesForPath(manifest, '/reports/x/')).toEqual([scriptHash(flight('x'))]);
    expect(hashesForPath(manifest, '/reports/y')).toEqual(manifest.fallback);
  });
});
