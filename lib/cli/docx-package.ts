import path from 'node:path';
import JSZip from 'jszip';
import type { TableGrid } from '../import/table-grid';
import type { WordParts } from '../import/word-document';
import { readWordDocument } from '../import/word-document';
import { attr, childrenNamed, parseXml } from '../import/word-xml';

/** A relationship of a package part: its type (the last segment of the URI) and the part it points to. */
interface Relationship {
  type: string;
  target: string;
}

/** The relationships of `part` (from its _rels/…rels file), targets resolved to part names. */
async function relationships(zip: JSZip, part: string): Promise<Relationship[]> {
  const dir = path.posix.dirname(part);
  const file = zip.file(path.posix.join(dir, '_rels', `${path.posix.basename(part)}.rels`));
  if (!file) return [];
  return childrenNamed(parseXml(await file.async('string')), 'Relationship')
    .filter((r) => attr(r, 'TargetMode') !== 'External')
    .map((r) => {
      const target = attr(r, 'Target') ?? '';
      return {
        type: (attr(r, 'Type') ?? '').split('/').pop() ?? '',
        target: target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(dir === '.' ? '' : dir, target)),
      };
    });
}

/** The text of a part, or undefined when the package has no such part. */
async function partText(zip: JSZip, name: string | undefined): Promise<string | undefined> {
  return name === undefined ? undefined : zip.file(name)?.async('string');
}

/**
 * Opens a .docx package and returns the XML parts the reader needs: the main document (found
 * through the package relationships), its styles, numbering, headers, footers and notes.
 * Throws when the bytes are not a Word package.
 */
export async function readDocxParts(bytes: Uint8Array): Promise<WordParts> {
  const zip = await JSZip.loadAsync(bytes);
  const main = (await relationships(zip, '')).find((r) => r.type === 'officeDocument')?.target ?? 'word/document.xml';
  const document = await partText(zip, main);
  if (document === undefined) throw new Error('no main document part');
  const rels = await relationships(zip, main);
  const all = async (types: string[]) =>
    (await Promise.all(rels.filter((r) => types.includes(r.type)).map((r) => partText(zip, r.target)))).filter((x): x is string => x !== undefined);
  return {
    document,
    styles: await partText(zip, rels.find((r) => r.type === 'styles')?.target),
    numbering: await partText(zip, rels.find((r) => r.type === 'numbering')?.target),
    furniture: await all(['header', 'footer']),
    notes: await all(['footnotes', 'endnotes']),
  };
}

/** Every table of a .docx as a TableGrid, in document order: merged cells once, with their spans. */
export async function readDocxTables(bytes: Uint8Array): Promise<TableGrid[]> {
  return readWordDocument(await readDocxParts(bytes)).blocks.flatMap((b) => (b.table ? [b.table] : []));
}
