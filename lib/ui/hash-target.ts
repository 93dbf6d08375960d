/**
 * The element ids a URL fragment can name, worked out the way browsers do it (HTML's
 * "find a potential indicated element"): the fragment exactly as written first, then its
 * percent-decoding read as UTF-8 with invalid bytes replaced, never thrown on. Anyone can post
 * a link ending in `#%` or `#%E4`; `decodeURIComponent` throws on those, and a script that
 * lets that escape takes its page down. Pure and DOM-free, so the report page's React
 * controls and its plain scripts share it.
 */

const HEX = /^[0-9A-Fa-f]{2}$/;
const utf8 = new TextEncoder();
const lenient = new TextDecoder('utf-8', { fatal: false });

/** Percent-decodes text as the URL standard does: `%XX` becomes a byte, anything else stays. */
export function percentDecode(text: string): string {
  if (!text.includes('%')) return text;
  const input = utf8.encode(text);
  const bytes: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const byte = input[i]!;
    const hex = byte === 0x25 ? String.fromCharCode(input[i + 1] ?? 0, input[i + 2] ?? 0) : '';
    if (HEX.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(byte);
  }
  return lenient.decode(new Uint8Array(bytes));
}

/**
 * The ids a fragment (`location.hash`, with or without its `#`) may point at, most literal
 * first and without repeats; none for an empty fragment.
 */
export function hashTargetIds(hash: string): string[] {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return [];
  const decoded = percentDecode(raw);
  return decoded === raw ? [raw] : [raw, decoded];
}

/** The first of `ids` that `find` resolves (e.g. `(id) => document.getElementById(id)`). */
export function findHashTarget<T>(hash: string, find: (id: string) => T | null): T | null {
  for (const id of hashTargetIds(hash)) {
    const found = find(id);
    if (found) return found;
  }
  return null;
}
