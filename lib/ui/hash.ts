/**
 * The element id a URL fragment names (`#section-4` → `section-4`, `#%E4%B8%80` → `一`), or
 * null when there is none. Never throws: anyone can post a link with a malformed escape
 * (`#%`, `#%E4`), and such a link must still open the page.
 */
export function idFromHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
