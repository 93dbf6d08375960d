import { PREFS_COOKIE, PREFS_KEY } from './ids';

/**
 * Reading preferences (字号, 高对比度, 行距, 大鼠标, 长者模式): parsed from storage, never
 * trusted, and applied to <html> as data attributes that the stylesheet reads.
 */

/** Font-size steps; the whole page scales because every size is in rem. */
export const FONT_STEPS = [
  { label: '小', percent: 87.5 },
  { label: '中', percent: 100 },
  { label: '大', percent: 125 },
  { label: '较大', percent: 150 },
  { label: '特大', percent: 175 },
  { label: '超大', percent: 200 },
] as const;

/** Index of the default step (中). */
export const DEFAULT_FONT = 1;

/** The reader's choices. */
export interface Prefs {
  /** Index into FONT_STEPS. Default 1 (中). */
  font: number;
  /** High-contrast colours. Default off. */
  contrast: boolean;
  /** Wide line spacing (≥ 1.8). Default off. */
  spacing: boolean;
  /** Extra-large mouse cursor. Default off. */
  cursor: boolean;
  /** Elder mode: large text, wide spacing, large targets and high contrast together. */
  elder: boolean;
}

/** Defaults for a first visit. */
export const DEFAULT_PREFS: Prefs = { font: DEFAULT_FONT, contrast: false, spacing: false, cursor: false, elder: false };

/** Reads stored preferences, falling back to defaults for anything missing or malformed. */
export function parsePrefs(value: unknown): Prefs {
  let data: unknown = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch {
      data = null;
    }
  }
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const font = record.font;
  const flag = (key: keyof Prefs) => record[key] === true;
  return {
    font: typeof font === 'number' && Number.isInteger(font) && font >= 0 && font < FONT_STEPS.length ? font : DEFAULT_FONT,
    contrast: flag('contrast'),
    spacing: flag('spacing'),
    cursor: flag('cursor'),
    elder: flag('elder'),
  };
}

/** Whether a set of preferences is the defaults (nothing to restore on the next page). */
export function isDefaultPrefs(prefs: Prefs): boolean {
  return (Object.keys(DEFAULT_PREFS) as (keyof Prefs)[]).every((key) => prefs[key] === DEFAULT_PREFS[key]);
}

/** The cookie assignment that records whether stored preferences need restoring (see PREFS_COOKIE). */
export function prefsCookie(stored: boolean): string {
  return stored ? `${PREFS_COOKIE}=1; path=/; max-age=31536000; samesite=lax` : `${PREFS_COOKIE}=; path=/; max-age=0; samesite=lax`;
}

/** The <html> attributes for a set of preferences. */
export function prefsAttributes(prefs: Prefs): Record<string, string> {
  return {
    'data-font': String(prefs.font),
    'data-contrast': String(prefs.contrast || prefs.elder),
    'data-spacing': String(prefs.spacing || prefs.elder),
    'data-cursor': String(prefs.cursor),
    'data-elder': String(prefs.elder),
  };
}

/**
 * Inline script for <head>: applies stored preferences before first paint (no flash, no
 * layout shift) and marks what the browser offers (scripting, speech synthesis, the system
 * share sheet) so controls that need them are laid out from the start or not at all.
 * Storage is read only when the PREFS_COOKIE says something is stored. Kept tiny; its hash
 * goes in the CSP.
 */
export const PRELOAD_SCRIPT = `(function(d){d.dataset.js="on";d.dataset.speech=window.speechSynthesis&&typeof SpeechSynthesisUtterance==="function"?"on":"off";d.dataset.share=typeof navigator.share==="function"?"on":"off";try{var p=document.cookie.split("; ").indexOf(${JSON.stringify(`${PREFS_COOKIE}=1`)})<0?{}:JSON.parse(localStorage.getItem(${JSON.stringify(PREFS_KEY)})||"{}");var f=p.font;if(typeof f==="number"&&f>=0&&f<${FONT_STEPS.length}&&f%1===0)d.dataset.font=String(f);var e=p.elder===true;d.dataset.elder=String(e);d.dataset.contrast=String(p.contrast===true||e);d.dataset.spacing=String(p.spacing===true||e);d.dataset.cursor=String(p.cursor===true)}catch(x){}})(document.documentElement)`;
