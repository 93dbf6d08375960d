import { describe, expect, it } from 'vitest';
import { recogniseStructure, splitBlocks } from '@/lib/import';

const kinds = (text: string) => recogniseStructure(splitBlocks(text)).blocks.map((b) => (b.kind === 'closing-mark' ? '***' : b.kind === 'table' ? 'table' : `${b.kind}:${b.text}`));

describe('recogniseStructure', () => {
  it('splits a run-in section title off its body at the first sentence end', () => {
    expect(kinds('一、加强领导。市政府高度重视。')).toEqual(['heading:一、加强领导。', 'paragraph:市政府高度重视。']);
  });

  it('keeps a restart at 一、 without a part heading as a paragraph and reports it', () => {
    const structure = recogniseStructure(splitBlocks('一、甲\n正文。\n一、乙\n正文。'));
    expect(structure.blocks[2]).toEqual({ kind: 'paragraph', text: '一、乙', line: 3 });
    expect(structure.notes[0]?.message).toBe('“一、”重新从一开始编号，但前面没有未编号的部分标题（如“2023年工作回顾”）：已原样保留，请补上部分标题，或改正序号');
  });

  it('reports a 一、 line inside an appendix, which the parser would take for a section', () => {
    const structure = recogniseStructure(splitBlocks('一、甲\n正文。\n附：名词解释\n一、词条：解释。'));
    expect(structure.notes.map((n) => n.message)).toContain('附录中的“一、词条：解释。…”以“一、”式序号开头，会被当作正文的编号部分：已原样保留，请改用“1.”等序号');
  });

  it('keeps a document without numbered sections as intro paragraphs and says so', () => {
    const structure = recogniseStructure(splitBlocks('第一段。\n第二段。'));
    expect(structure.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(structure.notes.map((n) => n.kind)).toEqual(['unplaced']);
  });
});
