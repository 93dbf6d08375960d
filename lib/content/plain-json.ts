/**
 * A value as Pages Router props must be: plain JSON (undefined fields dropped). The report
 * and figures pages render from such props at build time; with no page JavaScript, the
 * props never reach the browser.
 */
export function plainJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
