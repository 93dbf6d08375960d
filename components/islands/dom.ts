import { runSafely } from '@/lib/ui/run-safely';

/** Small DOM helpers shared by the page's controls. */

/**
 * Runs `handler` for clicks on elements matching `selector` (now or later in the page). A
 * handler that throws is reported as its control's failure and never stops another.
 */
export function onClick(selector: string, handler: (element: HTMLElement, event: MouseEvent) => void, control = selector): void {
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>(selector) : null;
    if (target) runSafely(control, () => handler(target, event));
  });
}

/** Every element matching `selector`. */
export function all<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T[] {
  return [...root.querySelectorAll<T>(selector)];
}
