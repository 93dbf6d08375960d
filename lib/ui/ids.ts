/** DOM ids and storage keys shared by server and client components. */
export const IDS = {
  title: 'page-title',
  toc: 'contents',
  tocHeading: 'contents-title',
  main: 'main',
  settings: 'reading-settings',
  status: 'status-message',
} as const;

/** localStorage key for reading preferences. */
export const PREFS_KEY = 'portal-reading-prefs';
