import { findHashTarget } from '@/lib/ui/hash-target';
import { blockSentences } from './speech';

const HIGHLIGHT = 'figure-source';

/**
 * When the reader arrives at a quantity (#section-4-m8, from the key figures), highlights
 * the whole sentence it stands in, so every number can be checked in context.
 */
export function initSourceHighlighter(): void {
  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightClass) return;
  const apply = () => {
    registry.delete(HIGHLIGHT);
    const target = findHashTarget(location.hash, (id) => document.getElementById(id));
    if (!target?.matches('data.metric')) return;
    const block = target.closest('p, li, td, th');
    const sentence = block ? blockSentences(block).find((s) => s.range.intersectsNode(target)) : undefined;
    if (sentence) registry.set(HIGHLIGHT, new HighlightClass(sentence.range));
  };
  if (location.hash) apply();
  window.addEventListener('hashchange', apply);
}
