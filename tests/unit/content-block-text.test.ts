import { describe, expect, it } from 'vitest';
import { nodeIndexAt, type TextBlock } from '@/lib/content/block-text';

/** A block as the collector builds it from "오픈AI 공동 창업자 " + "존" + " 슐먼이" (three text nodes). */
const parts = ['오픈AI 공동 창업자 ', '존', ' 슐먼이'];
const block = {
  text: parts.join(''),
  starts: parts.map((_, i) => parts.slice(0, i).join('').length),
  nodes: [],
  element: null,
} as unknown as TextBlock;

describe('block offsets to text nodes', () => {
  it('maps every offset to the node that holds that character', () => {
    for (let off = 0; off < block.text.length; off++) {
      const i = nodeIndexAt(block, off);
      expect(block.starts[i]).toBeLessThanOrEqual(off);
      expect(off).toBeLessThan(block.starts[i] + parts[i].length);
    }
  });

  it('a name split across nodes starts in one node and ends in another', () => {
    const start = block.text.indexOf('존 슐먼');
    const end = start + '존 슐먼'.length;
    expect(nodeIndexAt(block, start)).toBe(1);
    // rangeFor takes the end from the node holding the last character (end - 1).
    expect(nodeIndexAt(block, end - 1)).toBe(2);
    expect(end - block.starts[2]).toBe(' 슐먼'.length);
  });

  it('the end of the text belongs to the last node', () => {
    expect(nodeIndexAt(block, block.text.length)).toBe(2);
  });
});
