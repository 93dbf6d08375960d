import { PREFS_KEY } from '@/lib/ui/ids';
import type { Prefs } from '@/lib/ui/prefs';
import { DEFAULT_PREFS, isDefaultPrefs, parsePrefs, prefsAttributes, prefsCookie } from '@/lib/ui/prefs';

/**
 * The reader's preferences in the browser: read from storage (parsed, never trusted) only
 * when a control needs them, saved on change, applied to <html> at once (the stylesheet reads
 * its data attributes) and announced to every control that shows them. At load the preload
 * script has already applied them; reading storage again then would cost a synchronous
 * round trip to the browser (tens of ms on a phone) for nothing.
 */

const listeners = new Set<(prefs: Prefs) => void>();
let current: Prefs | null = null;

/** The current preferences, read from storage on first use. */
export function currentPrefs(): Prefs {
  if (current) return current;
  try {
    current = parsePrefs(localStorage.getItem(PREFS_KEY));
  } catch {
    current = DEFAULT_PREFS;
  }
  return current;
}

/** Calls `listener` after every change. */
export function onPrefsChange(listener: (prefs: Prefs) => void): void {
  listeners.add(listener);
}

/** Saves a change, applies it to <html> and tells every control. */
export function updatePrefs(change: Partial<Prefs>): void {
  current = { ...currentPrefs(), ...change };
  for (const [name, value] of Object.entries(prefsAttributes(current))) {
    document.documentElement.setAttribute(name, value);
  }
  try {
    localStorage.setItem(PREFS_KEY, JSON.stringify(current));
    document.cookie = prefsCookie(!isDefaultPrefs(current));
  } catch {
    // Private browsing may refuse storage: the choice still applies to this page.
  }
  for (const listener of listeners) listener(current);
}
