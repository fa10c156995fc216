import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../lib/match/matcher';
import { ALIAS_KEEP_CASE } from '../../lib/match/types';
import { seedIndex } from './match-dataset-helpers';

describe('the matcher over the real dataset', () => {
  const index = seedIndex();
  const matcher = createMatcher(index);

  it('finds every alias standing alone, over its whole length (the scan and the alias compiler agree)', () => {
    const missing: string[] = [];
    index.aliases.forEach(([text, entity]) => {
      const cs = matcher.findCandidates(text);
      const hit = cs.some((c) => c.start === 0 && c.end === text.length && index.aliases[c.alias]![1] === entity);
      if (!hit) missing.push(`${index.entities[entity]!.id}: "${text}"`);
    });
    expect(missing).toEqual([]);
  });

  it('finds an alias wherever it stands between spaces or punctuation, with exact offsets', () => {
    const plain = index.aliases.filter(([, , f]) => f === 0 || f === ALIAS_KEEP_CASE);
    fc.assert(
      fc.property(
        fc.constantFrom(...plain),
        fc.constantFrom('', ' ', '\n', '. ', '(', '“', '— '),
        fc.constantFrom('', ' ', '.', ')', '”', ', '),
        fc.string({ maxLength: 20 }).map((s) => s.replace(/[^\s]/gu, '')),
        ([text, entity], before, after, pad) => {
          const page = pad + before + text + after + pad;
          const start = pad.length + before.length;
          const cs = matcher.findCandidates(page);
          // The same entity's longer alias may win ("X Corp" + "." is "X Corp.").
          expect(cs.some((c) => c.start === start && c.end >= start + text.length && index.aliases[c.alias]![1] === entity)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
