import { IDS } from '@/lib/ui/ids';
import { findHashTarget } from '@/lib/ui/hash-target';
import { all } from './dom';
import { whenIdle } from './when-idle';

const byId = (id: string) => document.getElementById(id);

type Entry = { link: HTMLAnchorElement; target: HTMLElement };

/**
 * Marks the contents entry of the part being read with aria-current as the reader scrolls
 * (and on arrival at #section-id). The contents list itself is server HTML.
 *
 * Nothing here runs at load but the arrival mark, which needs no layout: working out the part
 * in view reads the geometry of every heading, so it waits for the first scroll or for the
 * browser to be idle after the first paint (when layout is done and reading it is free).
 */
export function initTocTracker(): void {
  let entries: Entry[] | undefined;
  const targets = () =>
    (entries ??= all<HTMLAnchorElement>(`#${IDS.toc} a[href^="#"]`)
      .map((link) => ({ link, target: findHashTarget(link.hash, byId) }))
      .filter((entry): entry is Entry => entry.target !== null));
  if (!document.getElementById(IDS.toc)) return;

  let current: HTMLAnchorElement | null = null;
  const mark = (link: HTMLAnchorElement | null) => {
    if (link === current) return;
    current?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'true');
    current = link;
  };

  const fromHash = () => {
    const target = findHashTarget(location.hash, byId);
    return target ? targets().find((entry) => entry.target === target) : undefined;
  };

  const update = () => {
    const line = window.innerHeight * 0.3;
    // The part the reader jumped to stays current while its heading is near the top.
    const jumped = fromHash();
    if (jumped) {
      const top = jumped.target.getBoundingClientRect().top;
      if (top >= -2 && top <= window.innerHeight * 0.5) return mark(jumped.link);
    }
    const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    // At the very bottom a short last part can never reach the reading line: it is current.
    if (atBottom) {
      const visible = targets().filter(({ target }) => target.getBoundingClientRect().top < window.innerHeight);
      return mark(visible.at(-1)?.link ?? null);
    }
    let candidate: HTMLAnchorElement | null = null;
    for (const { link, target } of targets()) {
      if (target.getBoundingClientRect().top <= line) candidate = link;
    }
    mark(candidate);
  };

  const onHash = () => {
    const entry = fromHash();
    if (entry) mark(entry.link);
  };

  let frame = 0;
  const onScroll = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(update);
  };
  if (location.hash) onHash();
  else whenIdle(update);
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onScroll);
  window.addEventListener('hashchange', onHash);
}
