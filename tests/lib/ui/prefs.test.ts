import { describe, expect, it } from 'vitest';
import { isDefaultPrefs, prefsCookie } from '@/lib/ui/prefs';

const defaults = { font: 1, contrast: false, spacing: false, cursor: false, elder: false };

describe('isDefaultPrefs', () => {
  it('is true only for 中 with every option off', () => {
    expect(isDefaultPrefs(defaults)).toBe(true);
    expect(isDefaultPrefs({ ...defaults, font: 0 })).toBe(false);
    expect(isDefaultPrefs({ ...defaults, font: 5 })).toBe(false);
    for (const flag of ['contrast', 'spacing', 'cursor', 'elder'] as const) {
      expect(isDefaultPrefs({ ...defaults, [flag]: true }), flag).toBe(false);
    }
  });
});

describe('prefsCookie', () => {
  it('sets the flag for the whole site for a year when something is stored, and deletes it otherwise', () => {
    expect(prefsCookie(true)).toBe('portal-prefs=1; path=/; max-age=31536000; samesite=lax');
    expect(prefsCookie(false)).toBe('portal-prefs=; path=/; max-age=0; samesite=lax');
  });
});
