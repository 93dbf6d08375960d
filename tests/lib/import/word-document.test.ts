import { describe, expect, it } from 'vitest';
import { readWordDocument } from '@/lib/import';
import type { WordParts } from '@/lib/import';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A document.xml holding `body` (paragraphs and tables as WordprocessingML). */
const document = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;
const p = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
const r = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const num = (numId: number, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const lvl = (ilvl: number, format: string, text: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;

/** numbering.xml: list 0 = 一、 / （一）, list 1 = 1. ; num 1 and 2 share list 0, num 3 restarts it, num 4 is list 1. */
const NUMBERING = `<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="2">${lvl(0, 'bullet', '●')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`;

/** styles.xml as Chinese Word writes it: heading styles with ids "1", "2" and Chinese-independent names. */
const STYLES = `<w:styles ${W}>
  <w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="SectionHeading"><w:name w:val="一级标题"/><w:pPr>${num(1)}</w:pPr></w:style>
  <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>`;

function read(body: string, extra: Partial<WordParts> = {}) {
  return readWordDocument({ document: document(body), styles: STYLES, numbering: NUMBERING, furniture: [], notes: [], ...extra });
}
const texts = (body: string) => read(body).blocks.map((b) => b.text);

describe('readWordDocument: automatic numbering', () => {
  it('writes out 一、 and （一） as Word shows them, the second level restarting under each section', () => {
    expect(texts(p(r('加强领导'), num(1)) + p(r('健全机制'), num(1, 1)) + p(r('强化督察'), num(1, 1)) +
      p(r('推进执法'), num(1)) + p(r('加强监督'), num(1, 1)))).toEqual(['一、加强领导', '（一）健全机制', '（二）强化督察', '二、推进执法', '（一）加强监督']);
  });

  it('continues a list across paragraphs of another list and across num instances of the same definition', () => {
    expect(texts(p(r('甲'), num(1)) + p(r('条目'), num(4)) + p(r('乙'), num(2)) + p(r('条目'), num(4)))).toEqual(['一、甲', '1.条目', '二、乙', '2.条目']);
  });

  it('restarts a list where Word restarts it (startOverride)', () => {
    expect(texts(p(r('甲'), num(1)) + p(r('乙'), num(1)) + p(r('重新'), num(3)))).toEqual(['一、甲', '二、乙', '一、重新']);
  });

  it('numbers a paragraph through its style, and counts past the tenth section as 十一', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => p(r(`第${i + 1}部分`), '<w:pStyle w:val="SectionHeading"/>')).join('');
    expect(texts(eleven).slice(9)).toEqual(['十、第10部分', '十一、第11部分']);
  });

  it('leaves bullets out: they are decoration, not text', () => {
    expect(texts(p(r('要点'), num(5)))).toEqual(['要点']);
  });
});

describe('readWordDocument: styles and formatting', () => {
  it('reads Heading styles by name (Chinese Word ids them 1, 2), Title, alignment and bold', () => {
    const blocks = read(p(r('示例市2023年度报告'), '<w:pStyle w:val="a3"/>') + p(r('2022年工作回顾'), '<w:pStyle w:val="1"/>') +
      p(r('一、甲'), '<w:pStyle w:val="2"/>') + p(r('加强领导', '<w:b/>')) + p(r('示例市人民政府'), '<w:jc w:val="right"/>') + p(r('正文。'))).blocks;
    expect(blocks.map((b) => b.style ?? {})).toEqual([
      { title: true, bold: true, align: 'center' }, { heading: 1 }, { heading: 2 }, { bold: true }, { align: 'right' }, {},
    ]);
  });

  it('counts a paragraph bold only when every visible run is, through character styles too', () => {
    const blocks = read(p(r('一是夯实基础。', '<w:b/>') + r('组织学习。')) + p(r('重点', '<w:rStyle w:val="Strong"/>') + r(' ', '')) +
      p(r('不加粗', '<w:b w:val="0"/>'), '<w:pStyle w:val="a3"/>')).blocks;
    expect(blocks.map((b) => b.style?.bold ?? false)).toEqual([false, true, false]);
  });
});

describe('readWordDocument: text', () => {
  it('reads through links, insertions and content controls, skipping deletions, hidden text and field codes', () => {
    const body = p(`<w:hyperlink>${r('链接')}</w:hyperlink><w:ins>${r('插入')}</w:ins><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>` +
      `${r('隐藏', '<w:vanish/>')}<w:r><w:instrText>PAGE</w:instrText></w:r><w:sdt><w:sdtContent>${r('控件')}</w:sdtContent></w:sdt>`);
    expect(texts(body)).toEqual(['链接插入控件']);
  });

  it('splits a paragraph at manual line breaks and numbers blocks by paragraph, empty ones counted', () => {
    const blocks = read(p('<w:r><w:t>梧州市人民政府</w:t><w:br/><w:t>关于…的报告</w:t></w:r>') + p('') + p(r('　　正文。'))).blocks;
    expect(blocks.map(({ text, line }) => ({ text, line }))).toEqual([
      { text: '梧州市人民政府', line: 1 }, { text: '关于…的报告', line: 1 }, { text: '正文。', line: 3 },
    ]);
  });

  it('reads headers and footers apart, and says what it leaves out', () => {
    const footer = `<w:ftr ${W}>${p(r('梧州市人民政府办公室印发'))}${p(r('— ') + r(' —'))}</w:ftr>`;
    const notes = `<w:footnotes ${W}><w:footnote w:id="0">${p(r(''))}</w:footnote><w:footnote w:id="1">${p(r('数据截至11月底。'))}</w:footnote></w:footnotes>`;
    const box = p(`<w:r><w:drawing><w:txbxContent>${p(r('框内文字'))}</w:txbxContent></w:drawing></w:r>${r('正文。')}`);
    const doc = read(box, { furniture: [footer], notes: [notes] });
    expect(doc.blocks.map((b) => b.text)).toEqual(['正文。']);
    expect(doc.furniture).toEqual([{ text: '梧州市人民政府办公室印发', line: 0 }]);
    expect(doc.warnings).toEqual([
      '文档中有 1 个文本框，其中的文字没有导入：如是报告正文，请在 Word 中移到正文里',
      '文档有 1 条脚注或尾注，没有导入：数据截至11月底。',
    ]);
  });
});

describe('readWordDocument: tables', () => {
  const tc = (text: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p(r(text))}</w:tc>`;
  const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

  it('hands a table over as a TableGrid, each merged cell once with its spans', () => {
    const table = `<w:tbl>${tr(tc('本年新收政府信息公开申请数量', '<w:vMerge w:val="restart"/>'), tc('申请人情况', '<w:gridSpan w:val="2"/>'))}` +
      `${tr(tc('', '<w:vMerge/>'), tc('自然人'), tc('法人或其他组织'))}${tr(tc('合计'), tc('12'), tc('3'))}</w:tbl>`;
    const [block] = read(table).blocks;
    expect(block).toEqual({
      text: '', line: 1,
      table: {
        rows: [
          [{ text: '本年新收政府信息公开申请数量', colSpan: 1, rowSpan: 2 }, { text: '申请人情况', colSpan: 2, rowSpan: 1 }],
          [{ text: '自然人', colSpan: 1, rowSpan: 1 }, { text: '法人或其他组织', colSpan: 1, rowSpan: 1 }],
          [{ text: '合计', colSpan: 1, rowSpan: 1 }, { text: '12', colSpan: 1, rowSpan: 1 }, { text: '3', colSpan: 1, rowSpan: 1 }],
        ],
      },
    });
  });

  it('gives a cell of several paragraphs its lines joined by a newline', () => {
    const [block] = read(`<w:tbl>${tr(`<w:tc>${p(r('第一行'))}${p(r('第二行'))}</w:tc>`)}</w:tbl>`).blocks;
    expect(block?.table?.rows[0]?.[0]?.text).toBe('第一行\n第二行');
  });
});
