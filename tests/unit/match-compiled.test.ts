/**
 * The build stores the matcher's compiled tables (build-data.ts); the content script only reads
 * them, and reads the records (entities, alias texts) only once a page holds a candidate. A
 * matcher rehydrated that way, after the JSON round trip the generated files go through, must
 * find exactly what a freshly compiled one finds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compiledTables, compileIndex, packTables, unpackTables, type PackedTables } from '../../lib/match/compile';
import { createMatcher, matcherFromTables } from '../../lib/match/matcher';
import type { AliasIndex, AliasRecords, CompiledAliasIndex } from '../../lib/match/types';
import { seedIndex } from './match-dataset-helpers';
import { fixtureIndex } from './match-fixture-index';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const texts: [string, string][] = ['seeds', 'negative', 'pages'].flatMap((dir) =>
  readdirSync(fixtures + dir)
    .filter((n) => /\.(txt|html)$/.test(n))
    .sort()
    .map((n): [string, string] => [`${dir}/${n}`, readFileSync(`${fixtures}${dir}/${n}`, 'utf8')]),
);

/** The index compiled, then through JSON. */
function asGenerated(index: AliasIndex): AliasIndex {
  return JSON.parse(JSON.stringify({ ...index, compiled: compileIndex(index) })) as AliasIndex;
}

/** A matcher built as the content script builds it: generated/alias-scan.json with alias-children.txt, and alias-records.json on demand. */
function asContentScript(index: AliasIndex) {
  const packed = packTables(compileIndex(index));
  const recordsJson = JSON.stringify({ entities: index.entities, aliases: index.aliases });
  let loads = 0;
  const matcher = matcherFromTables(unpackTables(JSON.parse(JSON.stringify(packed)) as PackedTables), () => {
    loads++;
    return JSON.parse(recordsJson) as AliasRecords;
  });
  return { matcher, loads: () => loads };
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
    // Child tables of another trie (or cut short in storage) are not decoded into a wrong automaton.
    const cut = { ...generated, compiled: { ...generated.compiled!, trie: { ...generated.compiled!.trie, children: generated.compiled!.trie.children.slice(4) } } };
    expect(compiledTables(cut)).toEqual(generated.compiled);
    expect(() => matcherFromTables(cut.compiled, () => cut)).toThrow(/build:data/);
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
      const rehydrated = asContentScript(index).matcher;
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

  it('reads the records only once a page holds a candidate, and then once', () => {
    const negative = texts.filter(([n]) => n.startsWith('negative/')).map(([, t]) => t);
    const seeds = texts.filter(([n]) => n.startsWith('seeds/')).map(([, t]) => t);
    const index = seedIndex();
    const reference = createMatcher(index);
    const quiet = negative.filter((t) => reference.findCandidates(t).length === 0);
    expect(quiet.length).toBeGreaterThan(0);
    const { matcher, loads } = asContentScript(index);
    for (const t of quiet) expect(matcher.scan(t)).toEqual([]);
    expect(loads()).toBe(0);
    const found = seeds.flatMap((t) => matcher.scan(t));
    expect(found.map((m) => m.name)).toContain('John Schulman');
    expect(loads()).toBe(1);
  });

  it('refuses records that do not fit the compiled tables', () => {
    const index = seedIndex();
    const matcher = matcherFromTables(compileIndex(index), () => ({ entities: index.entities, aliases: index.aliases.slice(1) }));
    expect(() => matcher.scan('OpenAI의 존 슐먼이 Anthropic으로 옮겼다.')).toThrow(/build:data/);
  });
});
