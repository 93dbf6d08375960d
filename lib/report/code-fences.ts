import type { Root } from 'mdast';
import type { ContentProblem } from './errors';
import { problem } from './errors';
import type { Place } from './outline';

const OPENING = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Fenced code blocks (``` or ~~~) that are never closed. Markdown then reads everything to
 * the end of the file as code, so the sections after the fence silently vanish from the
 * report; this names the opening line instead.
 */
export function unclosedFenceProblems(root: Root, body: string, place: Place): ContentProblem[] {
  return root.children.flatMap((node) => {
    if (node.type !== 'code' || !node.position) return [];
    const { start, end } = node.position;
    const lines = body.slice(start.offset, end.offset).replace(/\n+$/, '').split('\n');
    const fence = OPENING.exec(lines[0] ?? '')?.[1];
    if (!fence) return [];
    const closing = new RegExp(`^ {0,3}\\${fence[0]}{${fence.length},}[ \\t]*$`);
    if (lines.length > 1 && closing.test(lines.at(-1) ?? '')) return [];
    return [problem(place.file, start.line + place.bodyLine - 1, '正文',
      `这里以 ${fence} 开始了一个代码块，但没有结束行：后面 ${lines.length - 1} 行都会被当作代码，不会显示为正文。请在代码块末尾单独写一行 ${fence}，或删除这一行`)];
  });
}
