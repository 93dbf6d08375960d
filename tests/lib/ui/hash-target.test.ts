import { describe, expect, it } from 'vitest';
import { findHashTarget, hashTargetIds, percentDecode } from '@/lib/ui/hash-target';

describe('hashTargetIds', () => {
  it('names a plain ASCII id once', () => {
    expect(hashTargetIds('#section-4')).toEqual(['section-4']);
    expect(hashTargetIds('section-4-m8')).toEqual(['section-4-m8']);
  });

  it('gives nothing for an empty fragment', () => {
    expect(hashTargetIds('')).toEqual([]);
    expect(hashTargetIds('#')).toEqual([]);
  });

  it('tries the fragment as written, then percent-decoded as UTF-8', () => {
    expect(hashTargetIds('#%E7%9B%AE%E5%BD%95')).toEqual(['%E7%9B%AE%E5%BD%95', '目录']);
    expect(hashTargetIds('#a%20b')).toEqual(['a%20b', 'a b']);
  });

  it('never throws on malformed escapes, leaving them as written', () => {
    expect(hashTargetIds('#%')).toEqual(['%']);
    expect(hashTargetIds('#%zz')).toEqual(['%zz']);
    expect(hashTargetIds('#100%')).toEqual(['100%']);
    expect(hashTargetIds('#%2')).toEqual(['%2']);
  });

  it('replaces bytes that are not UTF-8 with U+FFFD instead of throwing', () => {
    expect(hashTargetIds('#%E4')).toEqual(['%E4', '\uFFFD']);
    expect(hashTargetIds('#%ff%fe')).toEqual(['%ff%fe', '\uFFFD\uFFFD']);
    expect(hashTargetIds('#a%E4%B8')).toEqual(['a%E4%B8', 'a\uFFFD']);
  });

  it('keeps markup in a fragment as text', () => {
    expect(hashTargetIds('#<script>alert(1)</script>')).toEqual(['<script>alert(1)</script>']);
    expect(hashTargetIds('#%3Cscript%3E')).toEqual(['%3Cscript%3E', '<script>']);
  });
});

describe('percentDecode', () => {
  it('decodes valid escapes next to raw non-ASCII text', () => {
    expect(percentDecode('目%E5%BD%95')).toBe('目录');
  });
});

describe('findHashTarget', () => {
  const ids = new Map([['section-4', 'S4'], ['目录', 'TOC'], ['%', 'PERCENT']]);
  const find = (id: string) => ids.get(id) ?? null;

  it('finds an element by its id, decoded or as written', () => {
    expect(findHashTarget('#section-4', find)).toBe('S4');
    expect(findHashTarget('#%E7%9B%AE%E5%BD%95', find)).toBe('TOC');
    expect(findHashTarget('#%', find)).toBe('PERCENT');
  });

  it('gives null for a fragment that names nothing, however malformed', () => {
    expect(findHashTarget('#%E4', find)).toBeNull();
    expect(findHashTarget('#<script>', find)).toBeNull();
    expect(findHashTarget('', find)).toBeNull();
  });
});
