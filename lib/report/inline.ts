import type { Nodes, PhrasingContent } from 'mdast';

/**
 * Plain text of mdast nodes as a reader sees it: raw HTML (which is never rendered)
 * contributes nothing, line breaks inside a paragraph become nothing (Chinese text
 * has no spaces between lines).
 */
export function plainText(node: Nodes | readonly Nodes[]): string {
  if (Array.isArray(node)) return node.map((n: Nodes) => plainText(n)).join('');
  const one = node as Nodes;
  switch (one.type) {
    case 'text':
    case 'inlineCode':
      return one.value;
    case 'html':
    case 'break':
      return '';
    case 'image':
      return one.alt ?? '';
    default:
      return 'children' in one ? plainText(one.children as Nodes[]) : '';
  }
}

/**
 * Splits phrasing content at `offset` (in plainText coordinates) into the part before
 * and the part after. Formatting parents (strong, emphasis, link…) are split too, so
 * `**一是夯实基础。**深入…` split after 。 gives `**一是夯实基础。**` and `深入…`.
 */
export function splitPhrasing(
  nodes: readonly PhrasingContent[],
  offset: number,
): [PhrasingContent[], PhrasingContent[]] {
  const before: PhrasingContent[] = [];
  const after: PhrasingContent[] = [];
  let pos = 0;
  for (const node of nodes) {
    const length = plainText(node).length;
    if (pos + length <= offset) before.push(node);
    else if (pos >= offset) after.push(node);
    else if (node.type === 'text' || node.type === 'inlineCode') {
      const cut = offset - pos;
      before.push({ ...node, value: node.value.slice(0, cut), position: undefined });
      after.push({ ...node, value: node.value.slice(cut), position: undefined });
    } else if ('children' in node) {
      const [a, b] = splitPhrasing(node.children as PhrasingContent[], offset - pos);
      before.push({ ...node, children: a } as PhrasingContent);
      after.push({ ...node, children: b } as PhrasingContent);
    } else after.push(node);
    pos += length;
  }
  return [before, after];
}

/** Removes leading whitespace (including U+3000 ideographic spaces) from phrasing content. */
export function trimStartPhrasing(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const lead = /^[\s\u3000]*/.exec(plainText(nodes as Nodes[]))?.[0].length ?? 0;
  return lead === 0 ? [...nodes] : splitPhrasing(nodes, lead)[1];
}
