'use client';

import { useSyncExternalStore } from 'react';
import { PREFS_KEY } from '@/lib/ui/ids';
import type { Prefs } from '@/lib/ui/prefs';
import { DEFAULT_PREFS, parsePrefs, prefsAttributes } from '@/lib/ui/prefs';

const listeners = new Set<() => void>();
let current: Prefs | null = null;

function read(): Prefs {
  if (current) return current;
  try {
    current = parsePrefs(localStorage.getItem(PREFS_KEY));
  } catch {
    current = DEFAULT_PREFS;
  }
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Saves a change, applies it to <html> at once and tells every control. */
export function updatePrefs(change: Partial<Prefs>): void {
  current = { ...read(), ...change };
  for (const [name, value] of Object.entries(prefsAttributes(current))) {
    document.documentElement.setAttribute(name, value);
  }
  try {
    localStorage.setItem(PREFS_KEY, JSON.stringify(current));
  } catch {
    // Private browsing may refuse storage: the choice still applies to this page.
  }
  for (const listener of listeners) listener();
}

/** The current preferences outside React (event handlers). */
export function currentPrefs(): Prefs {
  return read();
}

/** The reader's preferences; defaults during server rendering and hydration. */
export function usePrefs(): Prefs {
  return useSyncExternalStore(subscribe, read, () => DEFAULT_PREFS);
}
