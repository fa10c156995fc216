/**
 * `npm run eval:gold`: precision and recall of the matcher on the hand-made gold annotations of
 * the five seed articles (tests/fixtures/gold), with every false positive and negative listed.
 * The same scoring as tests/unit/match-gold.test.ts, printed instead of asserted.
 */
import { createMatcher } from '../lib/match/matcher';
import { seedIndex } from '../tests/unit/match-dataset-helpers';
import { loadGold, score, type Score } from '../tests/unit/match-gold-helpers';

const matcher = createMatcher(seedIndex());
const s: Score = { tp: 0, fp: [], fn: [] };
for (const g of loadGold()) score(g.file, matcher.scan(g.text), g.mentions, s);
for (const f of s.fp) console.log(`FP ${f.file} ${f.m.id} "${f.m.text}"@${f.m.start}`);
for (const f of s.fn) console.log(`FN ${f.file} ${f.g.id} "${f.g.text}"@${f.g.start}`);
const precision = s.tp / (s.tp + s.fp.length);
const recall = s.tp / (s.tp + s.fn.length);
console.log(JSON.stringify({ tp: s.tp, fp: s.fp.length, fn: s.fn.length, precision: +precision.toFixed(3), recall: +recall.toFixed(3) }));
