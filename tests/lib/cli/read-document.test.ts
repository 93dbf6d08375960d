import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../temp-dir';
import { decodeText, readDocument } from '@/lib/cli/read-document';
import { splitBlocks } from '@/lib/import';
import { buildReportDocx } from './docx-document';

const temp = () => tempDir('read-document');

describe('readDocument', () => {
  it('reads each paragraph of a Word document as a line of text', async () => {
    const file = path.join(temp(), '报告.docx');
    writeFileSync(file, await buildReportDocx());
    const read = await readDocument(file);
    expect('text' in read && splitBlocks(read.text).map((b) => b.text).slice(0, 4)).toEqual([
      '示例市2024年度法治政府建设工作报告',
      '2024年，示例市坚持依法行政，法治政府建设取得新进展。',
      '一、加强组织领导',
      '一是夯实思想基础。组织专题学习12次。',
    ]);
  });

  it('refuses an old .doc file and says how to convert it', async () => {
    expect(await readDocument('报告.doc')).toEqual({ error: '报告.doc: 不支持 .doc 文件：请在 Word 或 WPS 中“另存为” .docx 或纯文本（.txt）后再导入' });
  });

  it('says when a .docx file is not a Word document', async () => {
    const file = path.join(temp(), '坏文件.docx');
    writeFileSync(file, '不是 Word 文件');
    expect(await readDocument(file)).toEqual({ error: `${file}: 无法读取这个 Word 文件：请确认它是 .docx 格式，且没有加密或损坏` });
  });
});

describe('decodeText', () => {
  it('reads a text file saved as GB18030 (GBK) by Windows Notepad', () => {
    expect(decodeText(new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xbc, 0xd3, 0xc7, 0xbf]))).toBe('一、加强');
  });

  it('reads UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('一、加强'))).toBe('一、加强');
  });
});
