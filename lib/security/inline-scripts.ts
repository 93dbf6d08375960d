import { createHash } from 'node:crypto';
import { PRELOAD_SCRIPT } from '../ui/prefs';
import { scriptLoaderSrc } from '../ui/script-loader';
import { findScriptTexts } from './script-elements';

/**
 * Finds and vets the inline scripts of a prerendered page, so that the page's CSP can allow
 * exactly those by hash. Only scripts of a known shape are accepted: our own preloader and
 * page-script loader, and Next.js's flight data and Turbopack bootstrap, whose arguments must
 * be pure data (a string literal, a JSON object). Anything else (for example a script
 * smuggled in through report content) fails the build instead of being trusted.
 */

/** What an accepted inline script is. */
export type InlineScriptKind = 'preload' | 'loader' | 'flight' | 'turbopack';

/** An inline script of a page. */
export interface InlineScript {
  /** The script's text exactly as the browser hashes it. */
  text: string;
  /** Its CSP source without quotes: `sha256-<base64>`. */
  hash: string;
  /** Its kind, or null when the script is of no known shape. */
  kind: InlineScriptKind | null;
}

/** Thrown when a page contains an inline script of no known shape. */
export class UnknownInlineScriptError extends Error {
  constructor(readonly file: string, readonly script: string) {
    super(`${file}: inline script of unknown shape, not allowed by the CSP: ${script.slice(0, 120)}…\n`
      + 'Add it to lib/security/inline-scripts.ts deliberately if it is the site\'s own.');
    this.name = 'UnknownInlineScriptError';
  }
}

// A JavaScript string literal in double quotes, as JSON.stringify writes it.
const STRING = String.raw`"(?:[^"\\\n]|\\.)*"`;
const FLIGHT = new RegExp(String.raw`^(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)|self\.__next_f\.push\(\[\d,(?:${STRING}|null)\]\))$`);
const TURBOPACK = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{.*\})\);?$/s;

/** The CSP hash source of a script text (`sha256-…`). */
export function scriptHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}

/** The kind of an inline script, or null when it is of no known shape. */
export function classifyInlineScript(text: string): InlineScriptKind | null {
  if (text === PRELOAD_SCRIPT) return 'preload';
  if (scriptLoaderSrc(text) !== null) return 'loader';
  if (FLIGHT.test(text)) return 'flight';
  const turbopack = TURBOPACK.exec(text);
  if (turbopack?.[1] && isJsonObject(turbopack[1])) return 'turbopack';
  return null;
}

/** Every inline script of an HTML document that a browser would run. */
export function findInlineScripts(html: string): InlineScript[] {
  return findScriptTexts(html).map((text) => ({ text, hash: scriptHash(text), kind: classifyInlineScript(text) }));
}

/** The sorted, unique hashes of a page's inline scripts; throws on a script of unknown shape. */
export function pageScriptHashes(html: string, file: string): string[] {
  const scripts = findInlineScripts(html);
  const unknown = scripts.find((s) => s.kind === null);
  if (unknown) throw new UnknownInlineScriptError(file, unknown.text);
  return [...new Set(scripts.map((s) => s.hash))].sort();
}
