import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../temp-dir';
import { decodeText, readDocument } from '@/lib/cli/read-document';
import { buildReportDocx } from './docx-document';

const temp = () => tempDir('read-document');

describe('readDocument', () => {
  it('reads each paragraph of a Word document as a block numbered by paragraph, with its formatting', async () => {
    const file = path.join(temp(), '报告.docx');
    writeFileSync(file, await buildReportDocx());
    const read = await readDocument(file);
    expect('blocks' in read && read.blocks.slice(0, 4)).toEqual([
      { text: '示例市2024年度法治政府建设工作报告', line: 1, style: { heading: 1, align: 'center' } },
      { text: '2024年，示例市坚持依法行政，法治政府建设取得新进展。', line: 2 },
      { text: '一、加强组织领导', line: 3, style: { heading: 1, align: 'center' } },
      { text: '一是夯实思想基础。组织专题学习12次。', line: 4 },
    ]);
    expect('unit' in read && read.unit).toBe('段');
  });

  it('reads a text file as one block per non-empty line', async () => {
    const file = path.join(temp(), '报告.txt');
    writeFileSync(file, '一、加强领导\n\n召开会议5次。\n');
    expect(await readDocument(file)).toEqual({
      blocks: [{ text: '一、加强领导', line: 1 }, { text: '召开会议5次。', line: 3 }], furniture: [], warnings: [], unit: '行',
    });
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
