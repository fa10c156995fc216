import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { automatonFromTrie, type RawHits } from '@/lib/match/automaton';
import { boundaryOk } from '@/lib/match/boundaries';
import { compiledTables, keyShapeAt } from '@/lib/match/compile';
import { seedIndex } from './match-dataset-helpers';

const fixtures = (sub: string) => {
  const dir = fileURLToPath(new URL(`../fixtures/${sub}/`, import.meta.url));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, readFileSync(dir + f, 'utf8')] as const);
};

/**
 * The automaton's fast scan (word starts only, Latin hits inside longer words not even reported)
 * and its classic full scan must find the same names once the boundary rules have had their say:
 * the fast one only skips what those rules would reject.
 */
describe('scan strategies agree', () => {
  const { trie, keyShapes } = compiledTables(seedIndex());
  const automaton = automatonFromTrie(trie);
  const valid = (text: string, hits: RawHits) => {
    const out: string[] = [];
    for (let i = 0; i < hits.length; i++) {
      const [s, e, k] = [hits.start[i]!, hits.end[i]!, hits.key[i]!];
      if (boundaryOk(text, s, e, keyShapeAt(keyShapes, k))) out.push(`${s}-${e}:${k}`);
    }
    return out.sort();
  };
  const texts = [
    ...fixtures('seeds'),
    ...fixtures('negative'),
    ['latin', 'Ha has had Hashimoto; Wu wrote. Mistral Mistrals OpenAIs OpenAI’s xAI-backed Meta.Meta'] as const,
    ['mixed', '오픈AI와 앤트로픽에서 존 슐먼이, 张一鸣和字节跳动, サム・アルトマン氏 and Sam Altman.'] as const,
  ];
  for (const [name, text] of texts) {
    it(name, () => {
      const fast = automaton.scanStarts(text);
      expect(fast, 'precomposed text takes the fast scan').not.toBeNull();
      const fastValid = valid(text, fast!);
      expect(fastValid).toEqual(valid(text, automaton.scanAll(text)));
    });
  }
});
