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

describe('the two scan strategies', () => {
  it('word-start walks and the full Aho-Corasick pass find the same candidates', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const matcher = createMatcher(seedIndex());
    for (const sub of ['seeds', 'negative']) {
      const dir = fileURLToPath(new URL(`../fixtures/${sub}/`, import.meta.url));
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
        const text = readFileSync(dir + name, 'utf8');
        // A trailing decomposed "é" sends the whole text down the composition path (full pass).
        const fast = matcher.findCandidates(text);
        const full = matcher.findCandidates(text + '\n\ne\u0301');
        expect(full, name).toEqual(fast);
      }
    }
  });
});
