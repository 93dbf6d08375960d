import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocxParts } from '@/lib/cli/docx-package';
import type { ImportResult } from '@/lib/import';
import { importBlocks, readWordDocument } from '@/lib/import';

/** Folder of the import fixtures: tests/fixtures/import/<case>/{input.txt, expected.md, expected.json?}. */
export const IMPORT_FIXTURES = path.join(import.meta.dirname, '../../fixtures/import');

/** One import fixture, read. */
export interface ImportFixture {
  name: string;
  input: string;
  /** The body expected after the front matter, written by hand. */
  expectedBody: string;
  /** Front-matter values, missing fields, notes or removed lines expected, where the case is about them. */
  expected: Record<string, unknown>;
}

/** Every import fixture, by name. */
export function importFixtures(): ImportFixture[] {
  return readdirSync(IMPORT_FIXTURES).sort().map((name) => {
    const file = (f: string) => path.join(IMPORT_FIXTURES, name, f);
    const json = existsSync(file('expected.json')) ? (JSON.parse(readFileSync(file('expected.json'), 'utf8')) as Record<string, unknown>) : {};
    return { name, input: readFileSync(file('input.txt'), 'utf8'), expectedBody: readFileSync(file('expected.md'), 'utf8'), expected: json };
  });
}

/** The body of a content file: everything after the closing `---` of its front matter. */
export function bodyOf(markdown: string): string {
  const end = markdown.indexOf('\n---\n', 4);
  return markdown.slice(end + 5).replace(/^\n+/, '');
}

/** Imports a .docx as the CLI does: the package opened, the structure read, the blocks imported. */
export async function importDocx(bytes: Uint8Array): Promise<ImportResult> {
  const word = readWordDocument(await readDocxParts(bytes));
  return importBlocks(word.blocks, { furniture: word.furniture });
}
