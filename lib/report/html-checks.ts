import { findScriptTexts } from '../security/script-elements';
import type { ContentProblem } from './errors';
import { problem } from './errors';

/** One rendered part of a report: its HTML and the file line it starts at. */
export interface RenderedPart {
  html: string;
  line: number;
}

/**
 * Rendered report HTML that the build's CSP step (lib/security/inline-scripts.ts) would see as
 * an inline script: for example `<script>` inside a link title or an image description,
 * which the step cannot tell from a real script, so it would fail the build. Checked here
 * with the same scanner so that `check` fails first, naming the line in the report file.
 */
export function renderedScriptProblems(parts: readonly RenderedPart[], sourceLines: readonly string[], file: string): ContentProblem[] {
  return parts.flatMap(({ html, line }) => {
    if (findScriptTexts(html).length === 0) return [];
    const offset = sourceLines.slice(line - 1).findIndex((text) => /<script/i.test(text));
    return [problem(file, offset < 0 ? line : line + offset, '正文',
      '链接标题或图片说明中有“<script”字样，发布时会被当作网页脚本而无法通过安全检查：请删去这几个字符')];
  });
}
