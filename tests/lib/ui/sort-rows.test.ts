import { describe, expect, it } from 'vitest';
import { nextDirection, sortedRowOrder } from '@/lib/ui/sort-rows';

describe('sorting the rows of a comparison table', () => {
  it('sorts numbers by value, not as text', () => {
    expect(sortedRowOrder(['9', '10', '2'], 'number', 'ascending')).toEqual([2, 0, 1]);
    expect(sortedRowOrder(['9', '10', '2'], 'number', 'descending')).toEqual([1, 0, 2]);
  });

  it('puts rows without a value last in both directions', () => {
    expect(sortedRowOrder(['', '3', '1'], 'number', 'ascending')).toEqual([2, 1, 0]);
    expect(sortedRowOrder(['', '3', '1'], 'number', 'descending')).toEqual([1, 2, 0]);
  });

  it('keeps the order of equal values', () => {
    expect(sortedRowOrder(['5', '5', '1', '5'], 'number', 'descending')).toEqual([0, 1, 3, 2]);
  });

  it('sorts names in Chinese order', () => {
    expect(sortedRowOrder(['梧州市司法局', '苍梧县人民政府', '岑溪市人民政府'], 'text', 'ascending')).toEqual([1, 2, 0]); // cang, cen, wu
  });

  it('sorts ascending first, then the other way', () => {
    expect(nextDirection(null)).toBe('ascending');
    expect(nextDirection('ascending')).toBe('descending');
    expect(nextDirection('descending')).toBe('ascending');
  });
});
