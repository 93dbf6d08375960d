/**
 * Finds the inline scripts of an HTML document as a browser would run them: `<script>`
 * elements without `src` whose type is JavaScript. Pure (no hashing, no Node.js modules), so
 * the content check can ask it about a report's rendered HTML and the CSP step about a page.
 */

// `<script …>…</script>`; attribute values may be quoted. Script data ends at the first
// `</script`. The attribute part is an unrolled loop, so a long attribute costs no stack.
const SCRIPT = /<script\b([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>([\s\S]*?)<\/script[\s/>]/gi;
const EXECUTABLE_TYPE = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(String.raw`(?:^|\s)${name}(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?`, 'i').exec(attributes);
  if (!match) return null;
  return (match[1] ?? '').replace(/^["']|["']$/g, '');
}

/** The text of every inline script a browser would run, exactly as it hashes it. */
export function findScriptTexts(html: string): string[] {
  const texts: string[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1] ?? '';
    if (attribute(attributes, 'src') !== null) continue;
    if (!EXECUTABLE_TYPE.test(attribute(attributes, 'type') ?? '')) continue;
    // The HTML parser turns CR LF and lone CR into LF before the script sees its text.
    texts.push((match[2] ?? '').replace(/\r\n?/g, '\n'));
  }
  return texts;
}
