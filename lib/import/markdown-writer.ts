import { escapeMarkdown } from './markdown-escape';
import type { OutputBlock } from './structure';

/** A heading's text, escaped, without a trailing `#` run that Markdown would drop. */
function headingText(text: string): string {
  return escapeMarkdown(text).replace(/#+$/, (run) => run.replace(/#/g, '\\#'));
}

/** One block as Markdown. */
function writeBlock(b: OutputBlock): string {
  switch (b.kind) {
    case 'heading': return `## ${headingText(b.text)}`;
    case 'subheading': return `### ${headingText(b.text)}`;
    case 'closing-mark': return '***';
    case 'table': return b.markdown;
    default: return escapeMarkdown(b.text);
  }
}

/** Writes the body blocks as Markdown: `## ` headings, paragraphs and tables separated by blank lines, `***`. */
export function writeBody(blocks: readonly OutputBlock[]): string {
  return `${blocks.map(writeBlock).filter((text) => text !== '').join('\n\n')}\n`;
}
