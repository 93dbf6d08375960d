/** DOM ids and storage keys shared by server and client components. */
export const IDS = {
  title: 'page-title',
  toc: 'contents',
  tocHeading: 'contents-title',
  main: 'main',
  /** The site footer: the first element after <main>, so its start marks <main> as parsed. */
  footer: 'site-footer',
  settings: 'reading-settings',
  status: 'status-message',
} as const;

/** localStorage key for reading preferences. */
export const PREFS_KEY = 'portal-reading-prefs';

/**
 * Cookie set to `1` while the reader's stored preferences differ from the defaults. The preload
 * script reads storage only when it is there: reading localStorage is a synchronous round trip
 * to the browser (tens of ms on a phone, before first paint), which a first visit never pays.
 */
export const PREFS_COOKIE = 'portal-prefs';
