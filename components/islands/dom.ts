/** Small DOM helpers shared by the page's controls. */

/** Runs `handler` for clicks on elements matching `selector` (now or later in the page). */
export function onClick(selector: string, handler: (element: HTMLElement, event: MouseEvent) => void): void {
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>(selector) : null;
    if (target) handler(target, event);
  });
}

/** Every element matching `selector`. */
export function all<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T[] {
  return [...root.querySelectorAll<T>(selector)];
}
