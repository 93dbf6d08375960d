import type { Root } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { remark } from 'remark';
import remarkCjkFriendly from 'remark-cjk-friendly';

/**
 * The Markdown parser of report bodies: CommonMark with remark-cjk-friendly (CommonMark's
 * emphasis rules fail next to Chinese punctuation, **一是…。**深入) and GitHub Flavored
 * Markdown: tables, footnotes, ~~strikethrough~~ (a single ~ stays text, as in ranges: 3~5个),
 * task lists and bare links (www.…, http…, e-mail addresses).
 *
 * Each GFM syntax is added to the parser only for a text that could contain it. Most cost
 * nothing when absent, but bare links do: the e-mail one is tried at every ASCII letter and
 * digit (every number of a report), and the link pass then walks all the text again. At 1,000
 * reports without a link they took about half of all parsing. Whether a syntax can occur is
 * read from characters it cannot occur without (its “markers” below), as a superset: a text
 * with `&` (a character reference may spell any of them) or a marker of a syntax gets it.
 * The tree is the same as with every syntax on (tests/lib/report/markdown-parser.test.ts
 * compares them on every fixture and on texts built to carry each marker).
 */

/** Characters without which a syntax cannot occur (case-insensitive). Tables are always on. */
const MARKERS = {
  /** www.… and http(s)://… (an `&` may spell a character of them: &#46; is a dot). */
  links: /www|http|&/i,
  /** Bare e-mail addresses (and mailto:, xmpp:) need an @ in the text itself: the parser reads them before character references. */
  email: /@/,
  footnotes: /\[\^/,
  strikethrough: /~~/,
  taskLists: /\[[\sxX]\]/,
} as const;

type Syntax = keyof typeof MARKERS;

/** The GFM bare-link syntax without its e-mail addresses (www.… and http… only). */
function linksWithoutEmail(): ReturnType<typeof gfmAutolinkLiteral> {
  const text: Record<string, unknown> = {};
  for (const [code, constructs] of Object.entries(gfmAutolinkLiteral().text ?? {})) {
    const kept = [constructs].flat().filter((c) => (c as { name?: string } | undefined)?.name !== 'emailAutolink');
    if (kept.length > 0) text[code] = kept;
  }
  return { text } as ReturnType<typeof gfmAutolinkLiteral>;
}

/** A parser with the syntaxes named on, in remark-gfm's order. */
function parserWith(on: ReadonlySet<Syntax>) {
  const links = on.has('links') || on.has('email');
  const syntax = [
    ...(links ? [on.has('email') ? gfmAutolinkLiteral() : linksWithoutEmail()] : []),
    ...(on.has('footnotes') ? [gfmFootnote()] : []),
    ...(on.has('strikethrough') ? [gfmStrikethrough({ singleTilde: false })] : []),
    gfmTable(),
    ...(on.has('taskLists') ? [gfmTaskListItem()] : []),
  ];
  const trees = [
    ...(links ? [gfmAutolinkLiteralFromMarkdown()] : []),
    ...(on.has('footnotes') ? [gfmFootnoteFromMarkdown()] : []),
    ...(on.has('strikethrough') ? [gfmStrikethroughFromMarkdown()] : []),
    gfmTableFromMarkdown(),
    ...(on.has('taskLists') ? [gfmTaskListItemFromMarkdown()] : []),
  ];
  const processor = remark().use(remarkCjkFriendly);
  const data = processor.data();
  (data.micromarkExtensions ??= []).push(...syntax);
  (data.fromMarkdownExtensions ??= []).push(...trees);
  return processor;
}

const parsers = new Map<string, ReturnType<typeof parserWith>>();

/** The syntaxes a text could contain, by their markers. */
export function syntaxesIn(text: string): Set<Syntax> {
  return new Set((Object.keys(MARKERS) as Syntax[]).filter((s) => MARKERS[s].test(text)));
}

/** Parses Markdown with every syntax that can occur in it on; `all` turns every syntax on. */
export function parseMarkdown(text: string, { all = false } = {}): Root {
  const on = all ? new Set(Object.keys(MARKERS) as Syntax[]) : syntaxesIn(text);
  const key = [...on].sort().join(',');
  let parser = parsers.get(key);
  if (!parser) parsers.set(key, (parser = parserWith(on)));
  return parser.parse(text);
}
