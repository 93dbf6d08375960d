import { PREFS_KEY } from '@/lib/ui/ids';
import type { Prefs } from '@/lib/ui/prefs';
import { DEFAULT_PREFS, parsePrefs, prefsAttributes } from '@/lib/ui/prefs';

/**
 * The reader's preferences in the browser: read from storage (parsed, never trusted), saved
 * on change, applied to <html> at once (the stylesheet reads its data attributes) and
 * announced to every control that shows them.
 */

const listeners = new Set<(prefs: Prefs) => void>();
let current: Prefs | null = null;

/** The current preferences. */
export function currentPrefs(): Prefs {
  if (current) return current;
  try {
    current = parsePrefs(localStorage.getItem(PREFS_KEY));
  } catch {
    current = DEFAULT_PREFS;
  }
  return current;
}

/** Calls `listener` now and after every change. */
export function watchPrefs(listener: (prefs: Prefs) => void): void {
  listeners.add(listener);
  listener(currentPrefs());
}

/** Saves a change, applies it to <html> and tells every control. */
export function updatePrefs(change: Partial<Prefs>): void {
  current = { ...currentPrefs(), ...change };
  for (const [name, value] of Object.entries(prefsAttributes(current))) {
    document.documentElement.setAttribute(name, value);
  }
  try {
    localStorage.setItem(PREFS_KEY, JSON.stringify(current));
  } catch {
    // Private browsing may refuse storage: the choice still applies to this page.
  }
  for (const listener of listeners) listener(current);
}
