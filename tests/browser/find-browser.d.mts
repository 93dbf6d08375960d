/** Path of a Chromium executable, or null. */
export function findBrowser(): Promise<string | null>;
