import { escapeMarkdown } from './markdown-escape';
import type { OutputBlock } from './structure';
import { tableGridAsParagraphs } from './table-paragraphs';

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
    case 'table': return tableGridAsParagraphs(b.grid);
    default: return escapeMarkdown(b.text);
  }
}

/** Writes the body blocks as Markdown: `## ` headings, paragraphs separated by blank lines, `***`, tables. */
export function writeBody(blocks: readonly OutputBlock[]): string {
  return `${blocks.map(writeBlock).filter((text) => text !== '').join('\n\n')}\n`;
}
