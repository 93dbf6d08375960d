import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../report';
import { problem } from '../report';
import { fileSizeProblem } from '../report/limits';

/** A content file's text, or the one problem that keeps it from being read. */
export type ReadOutcome = { text: string; problem?: undefined } | { text?: undefined; problem: ContentProblem };

const fail = (file: string, message: string, line = 1, column = 1): ReadOutcome =>
  ({ problem: problem(file, line, '文件', message, column) });

const SAVE_AS_UTF8 = '请用记事本或 WPS 打开，选择“另存为”，编码选 UTF-8 后保存';

/** What a file that is no text is, from its first bytes. */
function binaryKind(bytes: Uint8Array): string | null {
  const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return '这是一个 Word（.docx）或其他压缩格式的文件，不是 Markdown 文本：Word 文档请用 npm run report -- import 转换后再发布';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return '这是一个旧版 Word（.doc）文件，不是 Markdown 文本：请在 Word 中另存为 .docx，再用 npm run report -- import 转换';
  if (starts(0x25, 0x50, 0x44, 0x46)) return '这是一个 PDF 文件，不是 Markdown 文本：PDF 应放在 public/files/ 中，作为附件（attachments）链接';
  return bytes.subarray(0, 8192).includes(0) ? '不是文本文件（含有二进制数据）：报告文件应是 UTF-8 编码的 Markdown 文本' : null;
}

/** Byte offset of the first sequence that is not UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

/**
 * A content file's bytes as text: UTF-8, with or without a byte-order mark. UTF-16, binary
 * files (a Word document saved into content/) and other encodings (GBK from an old editor)
 * each get a message saying what the file is and how to fix it.
 */
export function decodeContent(bytes: Uint8Array, file: string): ReadOutcome {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(file, `文件是 UTF-16 编码，不是 UTF-8 文本：${SAVE_AS_UTF8}`);
  }
  const binary = binaryKind(bytes);
  if (binary) return fail(file, binary);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const before = bytes.subarray(0, bad);
    const lineStart = before.lastIndexOf(0x0a) + 1;
    const line = before.filter((b) => b === 0x0a).length + 1;
    const column = new TextDecoder().decode(before.subarray(lineStart)).length + 1;
    return fail(file, `不是 UTF-8 文本，从第 ${line} 行第 ${column} 列起无法读取（可能是 GBK/GB2312 编码）：${SAVE_AS_UTF8}`, line, column);
  }
  return { text: new TextDecoder().decode(bytes) };
}

/** True when `inner` is `outer` or inside it. */
function isInside(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Reads a content file safely: a link (symlink) that leads out of content/ is not followed,
 * only regular files are read (a folder or a pipe named x.md would hang or fail the build),
 * files over the size limit are not read at all, and the bytes must be UTF-8 text.
 */
export function readContentFile(root: string, file: string): ReadOutcome {
  const full = path.resolve(root, file);
  let stats;
  try {
    stats = lstatSync(full);
    if (stats.isSymbolicLink()) {
      const target = realpathSync(full);
      if (!isInside(target, realpathSync(path.join(root, 'content')))) {
        return fail(file, '是一个链接（symlink），指向 content 文件夹以外的文件：为安全起见不会读取。请把报告文件本身放进 content/reports/');
      }
      stats = statSync(full);
    }
  } catch {
    return fail(file, '无法读取这个文件：请检查路径');
  }
  if (!stats.isFile()) return fail(file, '不是普通文件（可能是文件夹或特殊文件）：content/reports/ 中只能放报告的 .md 文件');
  const size = fileSizeProblem(file, stats.size);
  if (size) return { problem: size };
  try {
    return decodeContent(readFileSync(full), file);
  } catch {
    return fail(file, '无法读取这个文件：请检查文件权限');
  }
}
