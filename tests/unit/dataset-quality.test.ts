import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../lib/dataset/load-node';
import { checkIntegrity } from '../../lib/dataset/integrity';
import { aliasText, LANGS } from '../../lib/dataset/schema';

const { dataset, problems } = loadSeeds('seeds');
const integrity = checkIntegrity(dataset);

describe('bundled dataset (seeds/)', () => {
  it('every file validates against the schema and is named after its id', () => {
    expect(problems).toEqual([]);
  });

  it('references resolve, moves are in date order, no duplicate people', () => {
    expect(integrity.errors).toEqual([]);
  });

  it('no alias belongs to two entities unless marked ambiguous', () => {
    expect(integrity.collisions).toEqual([]);
  });

  it('every person has at least one dated move and a name in Latin letters', () => {
    const missing = dataset.people.filter((p) => p.moves.length === 0 || !/^[\p{Script=Latin}][\p{Script=Latin}\p{M} .'(),-]*$/u.test(p.name)).map((p) => p.id);
    expect(missing).toEqual([]);
  });

  // The name field is the card's title, not an alias: without an English alias a person is never
  // found on an English page.
  it('every person has an English alias', () => {
    expect(dataset.people.filter((p) => p.aliases.en.length === 0).map((p) => p.id)).toEqual([]);
  });

  // A person the Korean press has not written about yet is still found on English, Chinese and
  // Japanese pages; a Korean spelling is added once a page shows one (never guessed). The floor was
  // 0.85 until the dataset took in Chinese executives and US start-up founders whose Korean
  // spellings no usable page shows (spelling searches found most of them only on reserved pages).
  it('most people carry the Korean spelling the Korean press uses', () => {
    const withKorean = dataset.people.filter((p) => p.aliases.ko.length > 0).length;
    expect(withKorean / dataset.people.length).toBeGreaterThan(0.8);
  });

  it('no source URL is from the pages reserved for independent evaluation (md5 0-7)', () => {
    const reserved = dataset.people
      .flatMap((p) => p.moves.flatMap((m) => m.sources.map((s) => s.url)))
      .filter((url) => /^[0-7]/.test(createHash('md5').update(url).digest('hex')));
    expect(reserved).toEqual([]);
  });

  it('aliases carry no stray whitespace', () => {
    const bad = [...dataset.people, ...dataset.orgs].flatMap((e) =>
      LANGS.flatMap((l) => [...e.aliases[l], ...e.shortNames[l]].map(aliasText).filter((t) => t !== t.trim() || /\s{2}/.test(t))),
    );
    expect(bad).toEqual([]);
  });
});

describe('seed articles coverage', () => {
  const listFile = 'tests/fixtures/seed-entities.json';
  it.runIf(existsSync(listFile))('every person and lab named in the five seed articles has a record with a history', () => {
    const named = JSON.parse(readFileSync(listFile, 'utf8')) as { id: string; type: 'person' | 'org' }[];
    const people = new Map(dataset.people.map((p) => [p.id, p]));
    const orgs = new Set(dataset.orgs.map((o) => o.id));
    const missing = named.filter((n) => (n.type === 'person' ? !(people.get(n.id)?.moves.length) : !orgs.has(n.id)));
    expect(missing).toEqual([]);
  });
});
