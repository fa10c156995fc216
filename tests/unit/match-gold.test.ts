import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../lib/match/matcher';
import { seedIndex } from './match-dataset-helpers';
import { loadGold, score, type Score } from './match-gold-helpers';

describe('seed articles against hand-made gold annotations', () => {
  const gold = loadGold();

  it('has gold for all five seed articles, with offsets that point at the annotated text', () => {
    expect(gold).toHaveLength(5);
    for (const g of gold) {
      expect(g.mentions.length).toBeGreaterThan(0);
      for (const m of g.mentions) expect(g.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('reaches precision >= 0.95 and recall >= 0.90', () => {
    const matcher = createMatcher(seedIndex());
    const s: Score = { tp: 0, fp: [], fn: [] };
    for (const g of gold) score(g.file, matcher.scan(g.text), g.mentions, s);
    const precision = s.tp / (s.tp + s.fp.length);
    const recall = s.tp / (s.tp + s.fn.length);
    const report = [
      ...s.fp.map((f) => `FP ${f.file} ${f.m.id} "${f.m.text}"@${f.m.start}`),
      ...s.fn.map((f) => `FN ${f.file} ${f.g.id} "${f.g.text}"@${f.g.start}`),
    ].join('\n');
    expect(precision, report).toBeGreaterThanOrEqual(0.95);
    expect(recall, report).toBeGreaterThanOrEqual(0.9);
  });
});
