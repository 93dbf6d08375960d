import { describe, expect, it } from 'vitest';
import { splitRunTogetherPoints } from '@/lib/import/run-together';

const parts = (...texts: string[]) => splitRunTogetherPoints(texts.map((text) => ({ text }))).map((p) => p.parts);

describe('splitRunTogetherPoints', () => {
  it('gives each point that starts a sentence its own paragraph', () => {
    expect(parts('高度重视。一是夯实基础。学习12次。二是健全机制。')).toEqual([['高度重视。', '一是夯实基础。学习12次。', '二是健全机制。']]);
  });

  it('keeps an inline list separated by ；', () => {
    expect(parts('持续深化改革，一是加强监督；二是推行审慎监管。')).toEqual([['持续深化改革，一是加强监督；二是推行审慎监管。']]);
  });

  it('numbers on from the previous paragraph, as the parser does', () => {
    expect(parts('一是夯实基础。', '二是健全机制。三是强化督察。')).toEqual([['一是夯实基础。'], ['二是健全机制。', '三是强化督察。']]);
  });
});
