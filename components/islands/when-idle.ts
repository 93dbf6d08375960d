/**
 * Runs `task` once the browser is idle after loading the page (within two seconds at most),
 * so work a reader does not need at once never lengthens the first paint or a long task.
 * Falls back to a short timeout where requestIdleCallback is missing (Safari).
 */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 2000 });
  else setTimeout(task, 200);
}
