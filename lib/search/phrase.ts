/**
 * Phrase search over the text Pagefind returns for each page. Pagefind matches Chinese
 * character by character, so 火星殖民 would find a report that mentions 防灭火; this keeps
 * only pages holding every term of the query as a whole phrase, ranks them by how often,
 * and finds the headings the phrase appears under. Pure: no DOM, no fetch.
 */

/** A heading of the page with an id (Pagefind's anchors). */
export interface Anchor {
  element: string;
  id: string;
  text: string;
}

/** A part of a page where the phrase occurs. */
export interface PhraseHit {
  /** Anchor id of the heading the occurrences fall under; '' for text before any heading. */
  id: string;
  /** That heading. */
  title: string;
  /** The section (h2) it belongs to, when the heading is a sub-heading. */
  section: string;
  /** Occurrences of any term under the heading. */
  count: number;
  /** Safe HTML: text around the first occurrence, every term in <mark>. */
  excerpt: string;
}

/** How a page matches a query. */
export interface PageMatch {
  /** 'phrase': every term as written; 'words': only every word of them, apart. */
  kind: 'phrase' | 'words';
  /** Occurrences in the whole page. */
  count: number;
  hits: PhraseHit[];
}

/** The terms of a query: separated by spaces, each searched as a phrase. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.normalize('NFKC').split(/\s+/).map((t) => t.trim()).filter(Boolean))];
}

/** Words of two or more characters in the terms (Intl.Segmenter), for the fallback match. */
export function termWords(terms: readonly string[]): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...new Set(terms.flatMap((term) => [...segmenter.segment(term)]
    .filter((s) => s.isWordLike && [...s.segment].length >= 2)
    .map((s) => s.segment)))];
}

/** Case and width folded, one character for one, so offsets stay those of the original text. */
const fold = (text: string) => text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toLowerCase();

/** Every start offset of `needle` in `text`. */
function positions(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text around `at`, escaped, with every occurrence of the needles marked. */
export function markedExcerpt(text: string, at: number, needles: readonly string[], before = 30, after = 60): string {
  const start = Math.max(0, at - before);
  const end = Math.min(text.length, at + after);
  const slice = text.slice(start, end);
  const folded = fold(slice);
  const marks: [number, number][] = [];
  for (const needle of needles) for (const p of positions(folded, fold(needle))) marks.push([p, p + needle.length]);
  marks.sort((a, b) => a[0] - b[0]);
  let html = start > 0 ? '…' : '';
  let cursor = 0;
  for (const [from, to] of marks) {
    if (from < cursor) continue;
    html += `${escapeHtml(slice.slice(cursor, from))}<mark>${escapeHtml(slice.slice(from, to))}</mark>`;
    cursor = to;
  }
  return `${html}${escapeHtml(slice.slice(cursor))}${end < text.length ? '…' : ''}`;
}

/** Where each heading starts in the text: found in order, as Pagefind lists them. */
function headingOffsets(text: string, anchors: readonly Anchor[]): (Anchor & { at: number })[] {
  const headings: (Anchor & { at: number })[] = [];
  let from = 0;
  for (const anchor of anchors) {
    const title = anchor.text.trim();
    if (!/^h[1-6]$/.test(anchor.element) || !title) continue;
    const at = text.indexOf(title, from);
    if (at === -1) continue;
    headings.push({ ...anchor, text: title, at });
    from = at + title.length;
  }
  return headings;
}

/**
 * How a page's text matches the terms: every term as a phrase, or failing that every word of
 * them (`words`); null when neither. Hits are grouped under the heading they follow, most first.
 */
export function matchPage(text: string, anchors: readonly Anchor[], terms: readonly string[], words: readonly string[] = []): PageMatch | null {
  const folded = fold(text);
  const locate = (needles: readonly string[]) => needles.map((n) => positions(folded, fold(n)));
  const complete = (found: number[][]) => found.length > 0 && found.every((p) => p.length > 0);
  let kind: PageMatch['kind'] = 'phrase';
  let needles = terms;
  let found = locate(terms);
  if (!complete(found)) {
    kind = 'words';
    needles = words;
    found = locate(words);
    if (!complete(found)) return null;
  }
  const headings = headingOffsets(text, anchors);
  const groups = new Map<string, { heading: (typeof headings)[number] | null; offsets: number[] }>();
  for (const at of found.flat().sort((a, b) => a - b)) {
    const heading = headings.filter((h) => h.at <= at).at(-1) ?? null;
    const key = heading?.id ?? '';
    groups.set(key, { heading, offsets: [...(groups.get(key)?.offsets ?? []), at] });
  }
  const hits = [...groups.values()].map(({ heading, offsets }) => ({
    id: heading?.id ?? '',
    title: heading?.text ?? '',
    section: heading && heading.element !== 'h2' ? headings.filter((h) => h.element === 'h2' && h.at <= heading.at).at(-1)?.text ?? '' : '',
    count: offsets.length,
    excerpt: markedExcerpt(text, offsets[0]!, needles),
  })).sort((a, b) => b.count - a.count);
  return { kind, count: found.flat().length, hits };
}
