/** ASCII characters that Markdown could read as syntax anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_[\]<]|&(?=#?\w+;)/g;

/** Line starts that Markdown would read as a list, heading, quote, rule or code fence. */
const BLOCK_START = /^(?:[#>+=|~-]|\d+[.)](?:\s|$)|`{3})/;

/**
 * Escapes a line of plain text so that Markdown shows it exactly as written: backslash
 * escapes before ASCII syntax characters (which CommonMark removes when rendering), and
 * before a line start that would make a list item (`1. `), heading, quote or rule.
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(INLINE_SYNTAX, (c) => `\\${c}`);
  const start = BLOCK_START.exec(inline);
  if (!start) return inline;
  const at = /^\d+/.exec(inline)?.[0].length ?? 0;
  return `${inline.slice(0, at)}\\${inline.slice(at)}`;
}
