/**
 * What `npm start` does with a Range header (RFC 9110 §14), decided before Next.js sees the
 * request: Next.js's file server turns every range it cannot satisfy into a 500.
 */

/** The decision: pass the header on, drop it (the file is sent whole, which RFC 9110 allows), or answer 416. */
export type RangeDecision = 'pass' | 'ignore' | 'unsatisfiable';

/**
 * Decides on a Range header for a file of `size` bytes. A single `first-last` or `first-`
 * range starting inside the file passes (206); one asking only for bytes past the end gets
 * 416; anything else (malformed, several ranges, suffix ranges) is ignored and the whole file
 * sent, since Next.js's parser treats some of those as errors.
 */
export function decideRange(header: string | undefined, size: number): RangeDecision {
  if (header === undefined) return 'pass';
  const match = /^bytes=([\d\s,-]+)$/i.exec(header.trim());
  if (!match) return 'ignore';
  const specs = match[1]!.split(',').map((s) => s.trim()).filter(Boolean);
  const parsed = specs.map((spec) => /^(\d*)-(\d*)$/.exec(spec));
  if (parsed.length === 0 || parsed.some((m) => !m || (m[1] === '' && m[2] === '') || (m[1] !== '' && m[2] !== '' && Number(m[2]) < Number(m[1])))) {
    return 'ignore';
  }
  const satisfiable = parsed.some((m) => (m![1] === '' ? Number(m![2]) > 0 && size > 0 : Number(m![1]) < size));
  if (!satisfiable) return 'unsatisfiable';
  const [only] = parsed;
  return parsed.length === 1 && only![1] !== '' ? 'pass' : 'ignore';
}
