import { describe, expect, it } from 'vitest';
import { decideRange } from '@/lib/server/ranges';

describe('deciding on a Range header for a 1,000-byte file', () => {
  it('passes a single range that starts inside the file', () => {
    for (const header of ['bytes=0-99', 'bytes=500-', 'bytes=999-999', 'bytes=900-5000', 'BYTES=0-0']) expect(decideRange(header, 1000), header).toBe('pass');
    expect(decideRange(undefined, 1000)).toBe('pass');
  });

  it('answers 416 when every range starts past the end', () => {
    for (const header of ['bytes=999999-', 'bytes=1000-', 'bytes=1000-2000, 5000-6000', 'bytes=-0']) expect(decideRange(header, 1000), header).toBe('unsatisfiable');
  });

  it('sends the whole file for what it does not pass on: malformed, several ranges, suffixes', () => {
    for (const header of ['bytes=abc', 'items=0-1', 'bytes=5-1', 'bytes=-', 'bytes=', 'bytes=0-1,2-3', 'bytes=-500', 'bytes=-99999999']) {
      expect(decideRange(header, 1000), header).toBe('ignore');
    }
  });
});
