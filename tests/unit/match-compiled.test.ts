/**
 * The build stores the matcher's compiled tables in the index (build-data.ts); createMatcher
 * only reads them. A matcher rehydrated from those tables, after the JSON round trip the
 * generated file goes through, must find exactly what a freshly compiled one finds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compiledTables, compileIndex } from '../../lib/match/compile';
import { createMatcher } from '../../lib/match/matcher';
import type { AliasIndex } from '../../lib/match/types';
import { seedIndex } from './match-dataset-helpers';
import { fixtureIndex } from './match-fixture-index';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const texts: [string, string][] = ['seeds', 'negative', 'pages'].flatMap((dir) =>
  readdirSync(fixtures + dir)
    .filter((n) => /\.(txt|html)$/.test(n))
    .sort()
    .map((n): [string, string] => [`${dir}/${n}`, readFileSync(`${fixtures}${dir}/${n}`, 'utf8')]),
);

/** The index as generated/alias-index.json carries it: compiled, then through JSON. */
function asGenerated(index: AliasIndex): AliasIndex {
  return JSON.parse(JSON.stringify({ ...index, compiled: compileIndex(index) })) as AliasIndex;
}

describe('compiled alias index', () => {
  it('is used as stored when it fits, and recompiled when stale', () => {
    const generated = asGenerated(seedIndex());
    expect(compiledTables(generated)).toBe(generated.compiled);
    const stale = { ...generated, compiled: { ...generated.compiled!, format: -1 } };
    expect(compiledTables(stale)).toEqual(generated.compiled);
    const otherAliases = { ...generated, aliases: generated.aliases.slice(1) };
    expect(compiledTables(otherAliases)).not.toBe(generated.compiled);
    expect(compiledTables(otherAliases).nextAliasOfKey).toHaveLength(otherAliases.aliases.length);
  });

  it('has fixtures with names in every script, and text that needs composition', () => {
    expect(texts.length).toBeGreaterThanOrEqual(16);
    const all = texts.map(([, t]) => t).join('');
    for (const re of [/[가-힣]/, /[a-z]/, /[一-龥]/, /[ァ-ヶ]/]) expect(all).toMatch(re);
  });

  for (const [name, make] of [
    ['the real dataset', seedIndex],
    ['the hand-made rule index', fixtureIndex],
  ] as const) {
    it(`${name}: rehydrated and freshly compiled matchers agree on every fixture (as written and NFD)`, () => {
      const index = make();
      const fresh = createMatcher(index);
      const rehydrated = createMatcher(asGenerated(index));
      let found = 0;
      // The fixtures name a few hundred entities; a page listing every alias walks every key.
      const everyAlias = index.aliases.map(([text]) => `${text}의 발표, (${text}) said`).join('\n\n');
      for (const [file, original] of [...texts, ['every alias', everyAlias]]) {
        // NFD takes the full Aho-Corasick pass (failure links built lazily); as written, the word-start walks.
        for (const text of [original, original.normalize('NFD')]) {
          const candidates = fresh.findCandidates(text);
          expect(rehydrated.findCandidates(text), file).toEqual(candidates);
          const mentions = fresh.scan(text);
          expect(rehydrated.scan(text), file).toEqual(mentions);
          found += mentions.length;
        }
      }
      expect(found).toBeGreaterThan(index.aliases.length);
    });
  }
});
