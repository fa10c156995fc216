/**
 * resolveInSteps is resolve cut into steps a content script can yield between (a page-level
 * decision over ten thousand names must not become one long task). It must pause on a large page
 * and decide exactly as resolve does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../lib/match/matcher';
import { seedIndex } from './match-dataset-helpers';

const seeds = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const articles = readdirSync(seeds)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => readFileSync(seeds + n, 'utf8'));

describe('resolveInSteps', () => {
  const matcher = createMatcher(seedIndex());
  // Forty copies of the seed articles, one block per paragraph: thousands of candidates.
  const blocks = Array.from({ length: 40 }, () => articles)
    .flat()
    .flatMap((a) => a.split('\n'))
    .filter((t) => t.trim() !== '')
    .map((text) => ({ text, candidates: matcher.findCandidates(text) }));

  it('pauses on a large page and decides exactly as resolve does', () => {
    const steps = matcher.resolveInSteps(blocks);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    const candidates = blocks.reduce((n, b) => n + b.candidates.length, 0);
    expect(candidates).toBeGreaterThan(5000);
    // Every pass pauses every thousand names or so, the last ones (collecting the mentions) too: a
    // pass over ten thousand names without a pause is a long task in a content script's cold JIT.
    expect(pauses).toBeGreaterThan((3 * candidates) / 1024);
    expect(step.value).toEqual(matcher.resolve(blocks));
    expect(step.value.flat().length).toBeGreaterThan(3000);
  });

  it('does not pause on an ordinary page', () => {
    const page = articles.slice(0, 1).flatMap((a) => a.split('\n')).map((text) => ({ text, candidates: matcher.findCandidates(text) }));
    const steps = matcher.resolveInSteps(page);
    const first = steps.next();
    expect(first.done).toBe(true);
    expect(first.value).toEqual(matcher.resolve(page));
  });
});
