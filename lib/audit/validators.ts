/**
 * The third-party validators the audit and the tests run on the site's data files: the
 * sitemaps.org XSD (libxml2 compiled to WebAssembly), an Atom parser, Ajv in strict mode,
 * and a CSV reader that looks for cells a spreadsheet would run as formulas. Each returns
 * the problems it finds, in Chinese, or an empty list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import Ajv from 'ajv';
import { validateXML } from 'xmllint-wasm';
import { FORMULA_START } from '../report/csv';

const SITEMAP_XSD = path.join(import.meta.dirname, 'schemas/sitemap.xsd');

/** sitemap.xml against the sitemaps.org schema (version 0.9). */
export async function sitemapErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'sitemap.xml', contents: xml }],
    schema: [{ fileName: 'sitemap.xsd', contents: readFileSync(SITEMAP_XSD, 'utf8') }],
  });
  return result.valid ? [] : result.errors.map((e) => `不符合 sitemaps.org 的 XSD：${e.message.trim()}`);
}

/** The feed read by an Atom parser, with what RFC 4287 requires of a feed and its entries. */
export function atomErrors(xml: string): string[] {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    return [`无法解析为订阅源：${error instanceof Error ? error.message : String(error)}`];
  }
  const errors: string[] = [];
  if (feed.meta.type !== 'atom') errors.push(`不是 Atom 格式（读到的是 ${feed.meta.type}）`);
  if (!feed.title) errors.push('订阅源缺少 title');
  if (!feed.updated) errors.push('订阅源缺少有效的 updated 时间');
  if (!feed.self) errors.push('订阅源缺少 rel="self" 链接');
  feed.items.forEach((item, i) => {
    const name = `第 ${i + 1} 条（${item.title ?? '无标题'}）`;
    if (!item.id) errors.push(`${name}缺少 id`);
    if (!item.title) errors.push(`${name}缺少 title`);
    if (!item.url) errors.push(`${name}缺少链接`);
    if (!item.updated) errors.push(`${name}缺少有效的 updated 时间`);
    if (item.authors.length === 0 && feed.authors.length === 0) errors.push(`${name}缺少 author`);
  });
  return errors;
}

/** A JSON Schema compiled by Ajv in strict mode, or the reason it does not compile. */
export function compileStrict(schema: object): { validate: ((data: unknown) => string[]) } | { error: string } {
  try {
    const compiled = new Ajv({ strict: true, allErrors: true }).compile(schema);
    return {
      validate: (data) => (compiled(data) ? [] : (compiled.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? `：${String(e.params.additionalProperty)}` : ''}`)),
    };
  } catch (error) {
    return { error: `JSON Schema 在 Ajv 严格模式下无法编译：${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The rows of an RFC 4180 CSV text (quoted fields, doubled quotes, CRLF or LF). */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      row.push(cell); rows.push(row); row = []; cell = '';
      if (c === '\r') i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

/** Cells a spreadsheet would run as a formula: starting with = + - @, tab or CR, unless a plain number. */
export function formulaCells(csv: string): string[] {
  return readCsv(csv.replace(/^\uFEFF/, '')).flatMap((row, r) => row.flatMap((cell, c) =>
    FORMULA_START.test(cell) && !/^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(cell) ? [`第 ${r + 1} 行第 ${c + 1} 列“${cell}”会被电子表格当作公式执行`] : []));
}
