import { describe, expect, it } from 'vitest';
import { suggestSlug } from '@/lib/import';

const PUBLISHED = [
  { slug: 'wuzhou-2022', year: 2022, issuer: '梧州市人民政府' },
  { slug: 'wuzhou-2023', year: 2023, issuer: '梧州市人民政府' },
];

describe('suggestSlug', () => {
  it('takes the same issuer’s latest slug with the new year', () => {
    expect(suggestSlug(2024, '梧州市人民政府', PUBLISHED)).toBe('wuzhou-2024');
  });

  it('suggests nothing for an issuer without reports', () => {
    expect(suggestSlug(2024, '示例市人民政府', PUBLISHED)).toBeNull();
  });

  it('suggests nothing when the year is unknown', () => {
    expect(suggestSlug(null, '梧州市人民政府', PUBLISHED)).toBeNull();
  });
});
