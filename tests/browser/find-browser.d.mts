/** Path of a Chromium executable, or null (lib/browser/find-browser.mjs). */
export function findBrowser(): Promise<string | null>;
