import type { Page } from '@playwright/test';

/** What the trap saw: CSP violations, dialogs, script-run markers and suspicious requests. */
export interface TrapReport {
  violations: string[];
  dialogs: string[];
  calls: string[];
  requests: string[];
  consoleErrors: string[];
}

/**
 * Watches a page for any sign that a script ran that should not have, or was blocked:
 * securitypolicyviolation events, dialogs, alert/confirm/prompt/eval calls, requests to
 * /xss-<n> and console errors about CSP or the Permissions-Policy.
 */
export async function setTrap(page: Page): Promise<() => Promise<TrapReport>> {
  const dialogs: string[] = [];
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (/\/xss-\d/i.test(request.url())) requests.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Permissions-Policy|XSS-/i.test(message.text())) consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __trap: { violations: string[]; calls: string[] } };
    w.__trap = { violations: [], calls: [] };
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__trap.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      const original = window[name];
      Object.defineProperty(window, name, {
        value: (...args: unknown[]) => {
          w.__trap.calls.push(`${name}(${args.map(String).join(', ')})`);
          return (original as (...a: unknown[]) => unknown).apply(window, args);
        },
      });
    }
  });
  return async () => {
    const inPage = await page.evaluate(() => (window as unknown as { __trap?: { violations: string[]; calls: string[] } }).__trap ?? { violations: [], calls: [] });
    return { violations: inPage.violations, dialogs, calls: inPage.calls, requests, consoleErrors };
  };
}

/** An empty report, for comparison. */
export const CLEAN: TrapReport = { violations: [], dialogs: [], calls: [], requests: [], consoleErrors: [] };
