import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocxParts } from '@/lib/cli/docx-package';
import type { ImportResult } from '@/lib/import';
import { importBlocks, readWordDocument } from '@/lib/import';

/** Folder of the import fixtures: tests/fixtures/import/<case>/{input.txt, expected.md, expected.json}. */
export const IMPORT_FIXTURES = path.join(import.meta.dirname, '../../fixtures/import');

/** One import fixture, read. */
export interface ImportFixture {
  name: string;
  input: string;
  /** The body expected after the front matter, written by hand. */
  expectedBody: string;
  /** Front matter (every case), and the notes or removed lines where the case is about them. */
  expected: ImportExpectation;
}

/** What a fixture's expected.json states, written by hand from its input. */
export interface ImportExpectation {
  values: ImportResult['values'];
  missing: ImportResult['missing'];
  review: ImportResult['review'];
  notes?: ImportResult['notes'];
  /** Texts of the lines removed. */
  removed?: string[];
}

/** Every import fixture, by name. */
export function importFixtures(): ImportFixture[] {
  return readdirSync(IMPORT_FIXTURES).sort().map((name) => {
    const file = (f: string) => path.join(IMPORT_FIXTURES, name, f);
    const expected = JSON.parse(readFileSync(file('expected.json'), 'utf8')) as ImportExpectation;
    return { name, input: readFileSync(file('input.txt'), 'utf8'), expectedBody: readFileSync(file('expected.md'), 'utf8'), expected };
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
