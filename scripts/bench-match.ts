/**
 * npm run bench:match
 * Times, over one ≥10 MB string built from the fixtures, in one run:
 *   - the matcher (findCandidates + resolve),
 *   - a bare single pass (NFC + toLowerCase + one charCodeAt loop): the floor any scan pays,
 *   - a per-alias RegExp scan as mark.js does it, with the full dictionary.
 * Prints medians and the two ratios. Targets: matcher ≤ 3× bare, ≥ 15× faster than per-alias RegExp.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSeeds } from '../lib/dataset/load-node';
import { buildAliasIndex } from '../lib/match/alias-index';
import { compileIndex } from '../lib/match/compile';
import { createMatcher } from '../lib/match/matcher';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_UNITS = 10 * 1024 * 1024;
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const REGEX_RUNS = Number(process.env.BENCH_REGEX_RUNS ?? 3);

function fixtureTexts(): string[] {
  const out: string[] = [];
  for (const sub of ['seeds', 'negative']) {
    const dir = join(root, 'tests', 'fixtures', sub);
    for (const n of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) out.push(readFileSync(join(dir, n), 'utf8'));
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => number): { ms: number; result: number } {
  const t = performance.now();
  const result = fn();
  return { ms: performance.now() - t, result };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const { dataset } = loadSeeds(join(root, 'seeds'));
const index = buildAliasIndex(dataset);
// Compiled once, as `npm run build:data` does: the build timed below is the one a page pays.
index.compiled = compileIndex(index);
const parts = fixtureTexts();
const pieces: string[] = [];
for (let i = 0, units = 0; units < TARGET_UNITS; i++) {
  pieces.push(parts[i % parts.length]!);
  units += pieces[pieces.length - 1]!.length + 2;
}
// join() gives one flat string, as a page's text is; a rope built with += would slow every reader.
const text = pieces.join('\n\n');

const builds: number[] = [];
let matcher = createMatcher(index);
for (let i = 0; i < RUNS; i++) builds.push(time(() => ((matcher = createMatcher(index)), 0)).ms);

const matcherRun = () => matcher.scan(text).length;
const bareRun = () => {
  const s = text.normalize('NFC').toLowerCase();
  let acc = 0;
  for (let i = 0; i < s.length; i++) acc = (acc + s.charCodeAt(i)) | 0;
  return acc;
};
const regexes = index.aliases.map(([a]) => new RegExp(escapeRegExp(a), 'gi'));
const regexRun = () => {
  let n = 0;
  for (const re of regexes) {
    re.lastIndex = 0;
    while (re.exec(text)) n++;
  }
  return n;
};

// Warm up, then interleave the matcher and the bare pass so that machine noise hits both alike.
// The RegExp scan runs afterwards: its 3,000+ passes over the text would otherwise evict the
// caches and fill the heap right before the next contender.
matcherRun();
bareRun();
const m: number[] = [];
const b: number[] = [];
const r: number[] = [];
let mentions = 0;
let regexHits = 0;
for (let i = 0; i < RUNS; i++) {
  b.push(time(bareRun).ms);
  const mm = time(matcherRun);
  m.push(mm.ms);
  mentions = mm.result;
}
for (let i = 0; i < REGEX_RUNS; i++) {
  const rm = time(regexRun);
  r.push(rm.ms);
  regexHits = rm.result;
}

const mt = median(m);
const bt = median(b);
const rt = median(r);
console.log(`text: ${(text.length / 1e6).toFixed(2)} M UTF-16 units (${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB UTF-8) from ${parts.length} fixtures`);
console.log(`aliases: ${index.aliases.length} (${index.entities.length} entities); matcher build from the compiled tables median ${median(builds).toFixed(1)} ms`);
console.log(`bare pass (NFC + toLowerCase + charCodeAt loop): ${bt.toFixed(1)} ms (median of ${RUNS})`);
console.log(`matcher (findCandidates + resolve): ${mt.toFixed(1)} ms (median of ${RUNS}), ${mentions} mentions`);
console.log(`per-alias RegExp scan (mark.js style): ${(rt ?? NaN).toFixed(0)} ms (median of ${REGEX_RUNS}), ${regexHits} raw hits`);
console.log(`ratio matcher / bare pass: ${(mt / bt).toFixed(2)}x (target <= 3)`);
console.log(`ratio per-alias RegExp / matcher: ${(rt / mt).toFixed(1)}x faster (target >= 15)`);
