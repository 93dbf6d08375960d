import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceBlock } from '../import';
import { readWordDocument, splitBlocks } from '../import';
import { readDocxParts } from './docx-package';

/** A document read for import, or why it cannot be read (in Chinese). */
export type DocumentContent =
  | {
      /** Paragraphs (and Word tables) of the text, with Word's formatting where there is some. */
      blocks: SourceBlock[];
      /** Lines found outside the text (Word's headers and footers). */
      furniture: SourceBlock[];
      warnings: string[];
      /** What a block's `line` is to staff: a line of the text file, or a paragraph of the Word document. */
      unit: '行' | '段';
    }
  | { error: string };

/** Decodes a text file: UTF-8 (with or without BOM), else GB18030, as Windows Notepad and WPS save it. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * Reads a Word document (.docx: its structure, through lib/import's Word reader: automatic
 * numbering, styles, tables, headers and footers) or a text file. `name` is how messages call
 * the file (default: its path). Old .doc, .wps and PDF files are refused with advice.
 */
export async function readDocument(file: string, name = file): Promise<DocumentContent> {
  const ext = path.extname(file).toLowerCase();
  if (['.doc', '.wps', '.pdf', '.rtf'].includes(ext)) {
    return { error: `${name}: 不支持 ${ext} 文件：请在 Word 或 WPS 中“另存为” .docx 或纯文本（.txt）后再导入` };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { error: `${name}: 无法读取这个文件：请检查路径` };
  }
  if (ext !== '.docx') return { blocks: splitBlocks(decodeText(bytes)), furniture: [], warnings: [], unit: '行' };
  try {
    const word = readWordDocument(await readDocxParts(bytes));
    return { ...word, unit: '段' };
  } catch {
    return { error: `${name}: 无法读取这个 Word 文件：请确认它是 .docx 格式，且没有加密或损坏` };
  }
}
